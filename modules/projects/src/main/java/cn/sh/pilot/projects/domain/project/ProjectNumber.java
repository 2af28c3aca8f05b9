package cn.sh.pilot.projects.domain.project;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ProjectsError;

import java.util.regex.Pattern;

/**
 * A pilot project's number, assigned on approval: {@code SHBZSD-<approval year>-<4-digit serial>}, e.g.
 * {@code SHBZSD-2023-0007} — the pattern of {@code cm:ProjectNumber} in {@code schemas/common/v1/common.xsd}.
 */
public record ProjectNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("SHBZSD-20[0-9]{2}-[0-9]{4}");

    public ProjectNumber {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a project number: " + value);
        }
    }

    /** Reads a number from a document or a form. */
    public static ProjectNumber parse(String text) throws RefusedException {
        String trimmed = text == null ? "" : text.strip();
        if (!SHAPE.matcher(trimmed).matches()) {
            throw new RefusedException(ProjectsError.PROJECT_NUMBER_MALFORMED, text);
        }
        return new ProjectNumber(trimmed);
    }

    /** The approval year, e.g. 2023. */
    public int year() {
        return Integer.parseInt(value.substring(7, 11));
    }

    /** The serial within the year, e.g. 7. */
    public int serial() {
        return Integer.parseInt(value.substring(12));
    }

    @Override
    public String toString() {
        return value;
    }
}
