package cn.sh.pilot.projects.domain.output;

import java.util.Objects;
import java.util.Optional;

/**
 * A standard output as a document states it ({@code cm:Standard} in a progress report): level, title, stage and,
 * once published, its number. The registry turns it into a registration or a stage change.
 *
 * @param number the standard number, e.g. {@code DB31/T 1234-2024}; {@code null} before publication
 */
public record StandardStatus(StandardLevel level, String title, StandardStage stage, String number) {

    public StandardStatus {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stage, "stage");
    }

    public Optional<String> numberIfAny() {
        return Optional.ofNullable(number);
    }

    /** The registry key: one output per level and title within a project. */
    public OutputKey key() {
        return new OutputKey(level, title);
    }
}
