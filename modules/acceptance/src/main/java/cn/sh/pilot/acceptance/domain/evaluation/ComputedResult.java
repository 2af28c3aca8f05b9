package cn.sh.pilot.acceptance.domain.evaluation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The result computed from the scores: each expert's total and the overall total (0–100, two decimals), and the
 * outcome the thresholds give.
 *
 * @param expertTotals expert id → that expert's weighted total, in panel order
 */
public record ComputedResult(Map<String, BigDecimal> expertTotals, BigDecimal total, Outcome outcome) {

    public ComputedResult {
        expertTotals = Map.copyOf(expertTotals);
    }
}
