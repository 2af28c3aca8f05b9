package cn.sh.pilot.app.interfaces.web;

import java.util.Locale;

/** A list page's sort column and direction from GET parameters, restricted to the enum's columns. */
public final class Sorting<K extends Enum<K>> {

    private final K key;
    private final boolean ascending;

    public Sorting(Class<K> type, String requested, String direction, K fallback) {
        K k = fallback;
        if (requested != null) {
            for (K candidate : type.getEnumConstants()) {
                if (candidate.name().equalsIgnoreCase(requested)) {
                    k = candidate;
                }
            }
        }
        this.key = k;
        this.ascending = !"desc".equalsIgnoreCase(direction);
    }

    public K key() {
        return key;
    }

    public boolean ascending() {
        return ascending;
    }

    public String getColumn() {
        return key.name().toLowerCase(Locale.ROOT);
    }

    /** The direction a header link should request: flips when the column is already the sort column. */
    public String dirFor(String column) {
        return getColumn().equals(column) && ascending ? "desc" : "asc";
    }

    /** CSS class for a header: sorted-asc, sorted-desc or sortable. */
    public String cssFor(String column) {
        if (!getColumn().equals(column)) {
            return "sortable";
        }
        return ascending ? "sorted-asc" : "sorted-desc";
    }
}
