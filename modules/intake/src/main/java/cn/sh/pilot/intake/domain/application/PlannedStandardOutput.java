package cn.sh.pilot.intake.domain.application;

import java.util.Objects;

/**
 * A standard the project plans to produce.
 *
 * @param advanced for a group or enterprise standard: declared advanced (先进), which §三(二) requires of a key project
 */
public record PlannedStandardOutput(StandardLevel level, String title, int plannedYear, boolean advanced) {

    public PlannedStandardOutput {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a planned standard has a title");
        }
    }

    /** Whether this output is a major standardization output in the sense of §三(二). */
    public boolean isMajorOutput() {
        return level.majorByLevel() || advanced;
    }
}
