package cn.sh.pilot.review.domain.decision;

import java.util.Objects;
import java.util.regex.Pattern;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;

/**
 * A project number (项目编号), {@code SHBZSD-<year>-<four-digit sequence>}, e.g. {@code SHBZSD-2023-0007}:
 * exactly the {@code cm:ProjectNumber} pattern of the decision notice schema. The year is the call's
 * year; sequences come from {@link ProjectNumberSequence}, so a number is unique and never reused.
 */
public record ProjectNumber(String value) {

    /** As {@code cm:ProjectNumber} in schemas/common/v1/common.xsd. */
    private static final Pattern FORM = Pattern.compile("SHBZSD-20[0-9]{2}-[0-9]{4}");
    static final int MAX_SEQUENCE = 9999;

    public ProjectNumber {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a project number: " + value);
        }
    }

    public static ProjectNumber parse(String text) throws ReviewRefusedException {
        if (text == null || !FORM.matcher(text).matches()) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.PROJECT_NUMBER_MALFORMED, String.valueOf(text)));
        }
        return new ProjectNumber(text);
    }

    public static ProjectNumber of(int year, long sequence) throws ReviewRefusedException {
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("a project number's year is 20xx: " + year);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.PROJECT_NUMBER_EXHAUSTED,
                    "year " + year + ", sequence " + sequence));
        }
        return new ProjectNumber(String.format("SHBZSD-%d-%04d", year, sequence));
    }

    public int year() {
        return Integer.parseInt(value.substring(7, 11));
    }

    public int sequence() {
        return Integer.parseInt(value.substring(12));
    }

    @Override
    public String toString() {
        return value;
    }
}
