package cn.sh.pilot.acceptance.domain.evaluation;

import java.time.Period;
import java.util.Objects;

/**
 * The settings of acceptance under one call — data, so next year's call needs no release.
 *
 * @param minimumPanel         experts a panel needs before scoring (default 3: the notice asks for experts of
 *                             technical organisations, §四(四), without a number; three is the smallest panel where
 *                             no single expert decides and a mean is meaningful)
 * @param thresholds           pass / rework boundaries (default 80 / 60)
 * @param reevaluationsAllowed re-evaluations after a rework result (default 1: the notice names
 *                             “rework and re-evaluate” once; a second rework band result is then a fail)
 * @param reworkPeriod         time the guarantor gets for rework, counted from confirmation (default 3 months)
 */
public record EvaluationRules(int minimumPanel, ResultThresholds thresholds, int reevaluationsAllowed,
                              Period reworkPeriod) {

    public EvaluationRules {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(reworkPeriod, "reworkPeriod");
        if (minimumPanel < 1 || reevaluationsAllowed < 0 || reworkPeriod.isNegative() || reworkPeriod.isZero()) {
            throw new IllegalArgumentException("bad rules: panel " + minimumPanel + ", re-evaluations "
                    + reevaluationsAllowed + ", rework period " + reworkPeriod);
        }
    }

    public static EvaluationRules standard() {
        return new EvaluationRules(3, ResultThresholds.standard(), 1, Period.ofMonths(3));
    }
}
