package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.contracts.error.RefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static cn.sh.pilot.acceptance.fixtures.Evaluations.CHEN;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.WU;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.ZHOU;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.criteria;
import static org.assertj.core.api.Assertions.assertThat;

class ResultPolicyTest {

    private final ResultPolicy policy = new ResultPolicy(ResultThresholds.standard());

    @ParameterizedTest(name = "{0} → {1}, last round {2}")
    @CsvSource({
            "100.00, PASS, PASS",
            "80.00, PASS, PASS",
            "79.99, REWORK, FAIL",
            "60.00, REWORK, FAIL",
            "59.99, FAIL, FAIL",
            "0, FAIL, FAIL"})
    void divides_the_total_at_the_thresholds(String total, Outcome outcome, Outcome lastRoundOutcome) {
        assertThat(policy.outcomeOf(new BigDecimal(total), false)).isEqualTo(outcome);
        assertThat(policy.outcomeOf(new BigDecimal(total), true)).isEqualTo(lastRoundOutcome);
    }

    @Test
    void takes_the_thresholds_from_the_call() {
        ResultPolicy strict = new ResultPolicy(new ResultThresholds(BigDecimal.valueOf(85), BigDecimal.valueOf(70)));

        assertThat(strict.outcomeOf(new BigDecimal("84.99"), false)).isEqualTo(Outcome.REWORK);
        assertThat(strict.outcomeOf(new BigDecimal("69.99"), false)).isEqualTo(Outcome.FAIL);
    }

    @Test
    void weighs_each_criterion_by_its_weight_relative_to_its_maximum() throws RefusedException {
        // weights 3 and 1 (sum 4), maxima 10 and 50: an expert at 10/10 and 0/50 scores 100 × 3/4 = 75
        CriteriaTable table = CriteriaTable.of(List.of(
                new Criterion("A", "甲", "A", BigDecimal.valueOf(3), BigDecimal.TEN),
                new Criterion("B", "乙", "B", BigDecimal.ONE, BigDecimal.valueOf(50))));
        ScoreSheet sheet = new ScoreSheet();
        sheet.put(WU.id(), "A", BigDecimal.TEN);
        sheet.put(WU.id(), "B", BigDecimal.ZERO);

        ComputedResult result = policy.compute(table, List.of(WU), sheet, false);

        assertThat(result.total()).isEqualByComparingTo("75.00");
        assertThat(result.outcome()).isEqualTo(Outcome.REWORK);
    }

    @Test
    void averages_the_experts_and_rounds_half_up_before_comparing() {
        ScoreSheet sheet = new ScoreSheet();
        fill(sheet, WU.id(), "20", "30", "30", "0");       // 80
        fill(sheet, ZHOU.id(), "20", "30", "30", "0");     // 80
        fill(sheet, CHEN.id(), "20", "30", "29.99", "0");  // 79.99 → mean 79.99666… → 80.00

        ComputedResult result = policy.compute(criteria(), List.of(WU, ZHOU, CHEN), sheet, false);

        assertThat(result.total()).isEqualByComparingTo("80.00");
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.expertTotals()).containsEntry(CHEN.id(), new BigDecimal("79.99"));
    }

    @Test
    void refuses_to_compute_from_incomplete_scores() {
        ScoreSheet sheet = new ScoreSheet();
        fill(sheet, WU.id(), "20", "30", "30", "20");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> policy.compute(criteria(), List.of(WU, ZHOU), sheet, false))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void fill(ScoreSheet sheet, String expert, String m, String s, String i, String e) {
        sheet.put(expert, "MECHANISM", new BigDecimal(m));
        sheet.put(expert, "SYSTEM", new BigDecimal(s));
        sheet.put(expert, "IMPLEMENTATION", new BigDecimal(i));
        sheet.put(expert, "EFFECT", new BigDecimal(e));
    }
}
