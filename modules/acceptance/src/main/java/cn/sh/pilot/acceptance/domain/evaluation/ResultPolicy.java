package cn.sh.pilot.acceptance.domain.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the acceptance result from the criteria table and complete scores.
 *
 * <p>An expert's total is {@code 100 × Σ(weight × score / max) / Σ weight}; the overall total is the mean of the
 * experts' totals (the same as the weighted mean of the criteria means, since every expert scores every criterion),
 * rounded half-up to two decimals. The <em>rounded</em> total is compared with the thresholds, so the number on the
 * result document and the outcome always agree: {@code ≥ pass} → PASS, {@code ≥ rework} → REWORK, else FAIL.
 * In the last evaluation round allowed (after the re-evaluations are used up) there is no rework band: a total
 * below the pass threshold fails.
 */
public final class ResultPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final ResultThresholds thresholds;

    public ResultPolicy(ResultThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public ComputedResult compute(CriteriaTable table, List<Expert> panel, ScoreSheet sheet, boolean lastRound) {
        if (panel.isEmpty() || !sheet.isComplete(panel, table)) {
            throw new IllegalStateException("scores are incomplete");
        }
        Map<String, BigDecimal> rounded = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Expert expert : panel) {
            BigDecimal expertTotal = expertTotal(table, sheet, expert.id());
            rounded.put(expert.id(), expertTotal.setScale(2, RoundingMode.HALF_UP));
            sum = sum.add(expertTotal);
        }
        BigDecimal total = sum.divide(BigDecimal.valueOf(panel.size()), PRECISION).setScale(2, RoundingMode.HALF_UP);
        return new ComputedResult(rounded, total, outcomeOf(total, lastRound));
    }

    Outcome outcomeOf(BigDecimal total, boolean lastRound) {
        if (total.compareTo(thresholds.pass()) >= 0) {
            return Outcome.PASS;
        }
        if (!lastRound && total.compareTo(thresholds.rework()) >= 0) {
            return Outcome.REWORK;
        }
        return Outcome.FAIL;
    }

    private static BigDecimal expertTotal(CriteriaTable table, ScoreSheet sheet, String expertId) {
        BigDecimal weighted = BigDecimal.ZERO;
        for (Criterion criterion : table.criteria()) {
            BigDecimal score = sheet.score(expertId, criterion.code()).orElseThrow();
            weighted = weighted.add(criterion.weight().multiply(score).divide(criterion.maxScore(), PRECISION));
        }
        return HUNDRED.multiply(weighted).divide(table.totalWeight(), PRECISION);
    }
}
