package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.acceptance.api.AcceptanceError;
import cn.sh.pilot.contracts.error.RefusedException;

import java.util.regex.Pattern;

/**
 * The number of the project under evaluation, {@code SHBZSD-<year>-<serial>} as {@code cm:ProjectNumber}. Acceptance
 * keeps its own value object: it never sees the projects module's classes.
 */
public record ProjectNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("SHBZSD-20[0-9]{2}-[0-9]{4}");

    public ProjectNumber {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a project number: " + value);
        }
    }

    public static ProjectNumber parse(String text) throws RefusedException {
        String trimmed = text == null ? "" : text.strip();
        if (!SHAPE.matcher(trimmed).matches()) {
            throw new RefusedException(AcceptanceError.DOCUMENT_WRONG_PROJECT, "not a project number: " + text);
        }
        return new ProjectNumber(trimmed);
    }

    @Override
    public String toString() {
        return value;
    }
}
