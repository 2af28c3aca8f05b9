package cn.sh.pilot.acceptance.domain.evaluation;

import java.util.Objects;

/**
 * A standard output the application claims, as stated ({@code cm:Standard}); the experts judge it, no rule here
 * reads its codes.
 *
 * @param level  {@code cm:StandardLevel} code, e.g. {@code LOCAL}
 * @param stage  {@code cm:StandardStage} code, e.g. {@code PUBLISHED}
 * @param number the standard number, {@code null} before publication
 */
public record ClaimedOutput(String level, String title, String stage, String number) {

    public ClaimedOutput {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stage, "stage");
    }
}
