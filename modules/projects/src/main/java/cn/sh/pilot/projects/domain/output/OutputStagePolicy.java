package cn.sh.pilot.projects.domain.output;

import cn.sh.pilot.contracts.error.Verdict;
import cn.sh.pilot.projects.api.ProjectsError;

import java.time.LocalDate;

/**
 * A standard output's stage only moves forward (立项 → 征求意见 → 发布 → 实施, with the GB/T 16733 steps between),
 * never to an earlier date than the stage before, and a published or implemented standard has its number.
 */
public final class OutputStagePolicy {

    public Verdict<ProjectsError> mayRegister(StandardStage stage, String number) {
        return numberPresent(stage, number);
    }

    /** Moving {@code output} to {@code stage} on {@code date}; a repeat of the current stage is not a move. */
    public Verdict<ProjectsError> mayAdvance(StandardOutput output, StandardStage stage, LocalDate date,
                                             String number) {
        if (!output.stage().isBefore(stage)) {
            return Verdict.refuse(ProjectsError.OUTPUT_STAGE_BACKWARDS,
                    output.key() + ": " + output.stage() + " → " + stage);
        }
        if (date.isBefore(output.date())) {
            return Verdict.refuse(ProjectsError.OUTPUT_DATE_BEFORE_PREVIOUS_STAGE,
                    output.key() + ": " + output.stage() + " " + output.date() + ", " + stage + " " + date);
        }
        return numberPresent(stage, number != null ? number : output.number().orElse(null));
    }

    private static Verdict<ProjectsError> numberPresent(StandardStage stage, String number) {
        if (stage.isPublished() && (number == null || number.isBlank())) {
            return Verdict.refuse(ProjectsError.OUTPUT_NUMBER_REQUIRED, stage.name());
        }
        return Verdict.allow();
    }
}
