package cn.sh.pilot.review.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A recommender (推荐单位): a district bureau by its GB/T 2260 code ({@code 310104}) or an industry
 * department by its code ({@code DJXW}), as in the reference data and {@code cm:RecommenderCode}.
 */
public record RecommenderCode(String value) {

    private static final Pattern FORM = Pattern.compile("31[0-9]{4}|D[0-9A-Z]{2,15}");

    public RecommenderCode {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a recommender code: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
