package cn.sh.pilot.review.domain.item;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.sh.pilot.review.domain.shared.ProjectType;

/** A call's formal completeness checklist (形式审查), as data. */
public final class Checklist {

    private final Map<String, CheckItem> items = new LinkedHashMap<>();

    public Checklist(List<CheckItem> items) {
        for (CheckItem item : items) {
            if (this.items.put(item.code(), item) != null) {
                throw new IllegalArgumentException("check " + item.code() + " twice");
            }
        }
    }

    public Optional<CheckItem> item(String code) {
        return Optional.ofNullable(items.get(code));
    }

    public List<CheckItem> applicableTo(ProjectType type) {
        return items.values().stream().filter(item -> item.appliesTo(type)).toList();
    }
}
