package cn.sh.pilot.acceptance.domain.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/** The guarantor's self-evaluation: score 0–100, goals achieved, funds spent, and whether it asks to be a benchmark. */
public record SelfEvaluation(BigDecimal score, String goalsAchieved, BigDecimal fundsSpent, boolean requestsBenchmark) {

    public SelfEvaluation {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(goalsAchieved, "goalsAchieved");
        Objects.requireNonNull(fundsSpent, "fundsSpent");
    }
}
