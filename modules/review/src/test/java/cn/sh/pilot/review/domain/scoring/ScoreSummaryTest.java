package cn.sh.pilot.review.domain.scoring;

import static cn.sh.pilot.review.fixtures.Reviews.CALL;
import static cn.sh.pilot.review.fixtures.Reviews.NOW;
import static cn.sh.pilot.review.fixtures.Reviews.criteria;
import static cn.sh.pilot.review.fixtures.Reviews.criterion;
import static cn.sh.pilot.review.fixtures.Reviews.points;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.domain.shared.ReviewRefusedException;

class ScoreSummaryTest {

    @Test
    void gives_mean_spread_and_standard_deviation_per_criterion_and_for_the_total() {
        ScoreSummary summary = ScoreSummary.of(criteria(), List.of(
                new Score("a", points(20, 20, 16, 8, 16), "", NOW),     // 80
                new Score("b", points(24, 22, 18, 9, 17), "", NOW),     // 90
                new Score("c", points(16, 18, 14, 6, 16), "", NOW)));   // 70

        Statistics fit = summary.byCriterion().get("KEY_DIRECTION_FIT");
        assertThat(fit.mean()).isEqualByComparingTo("20.00");
        assertThat(fit.spread()).isEqualByComparingTo("8.00");
        assertThat(fit.standardDeviation()).isEqualByComparingTo("3.27");   // sqrt(32/3)

        Statistics total = summary.weightedTotal();
        assertThat(summary.totalByExpert()).containsExactly(
                Map.entry("a", new BigDecimal("80")), Map.entry("b", new BigDecimal("90")), Map.entry("c", new BigDecimal("70")));
        assertThat(total.count()).isEqualTo(3);
        assertThat(total.mean()).isEqualByComparingTo("80.00");
        assertThat(total.min()).isEqualByComparingTo("70.00");
        assertThat(total.max()).isEqualByComparingTo("90.00");
        assertThat(total.spread()).isEqualByComparingTo("20.00");
        assertThat(total.standardDeviation()).isEqualByComparingTo("8.16");  // sqrt(200/3)
        assertThat(summary.maxWeightedTotal()).isEqualByComparingTo("100");
    }

    @Test
    void weighs_each_criterion_by_its_weight() throws ReviewRefusedException {
        CriteriaTable weighted = CriteriaTable.of(CALL, List.of(
                criterion("FIT", "契合度", "Fit", 10, "2"), criterion("EFFECT", "成效", "Effect", 10, "0.5")));
        ScoreSummary summary = ScoreSummary.of(weighted, List.of(
                new Score("a", Map.of("FIT", new BigDecimal("8"), "EFFECT", new BigDecimal("6")), "", NOW)));
        assertThat(summary.totalByExpert().get("a")).isEqualByComparingTo("19");   // 2×8 + 0.5×6
        assertThat(summary.maxWeightedTotal()).isEqualByComparingTo("25");
        assertThat(summary.weightedTotal().standardDeviation()).isEqualByComparingTo("0");
    }

    @Test
    void has_no_figures_before_anyone_scored() {
        ScoreSummary summary = ScoreSummary.of(criteria(), List.of());
        assertThat(summary.weightedTotal().count()).isZero();
        assertThat(summary.weightedTotal().mean()).isNull();
    }
}
