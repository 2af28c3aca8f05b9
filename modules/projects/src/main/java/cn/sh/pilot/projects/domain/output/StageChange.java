package cn.sh.pilot.projects.domain.output;

import java.time.LocalDate;
import java.util.Objects;

/** One step in a standard output's history: the stage reached and the date it was reached. */
public record StageChange(StandardStage stage, LocalDate date) {

    public StageChange {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(date, "date");
    }
}
