package cn.sh.pilot.review.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A unified social credit code (统一社会信用代码, GB 32100), used here to recognise the same
 * organisation. Its check character was verified at intake; review compares codes only.
 */
public record Uscc(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");

    public Uscc {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a unified social credit code: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
