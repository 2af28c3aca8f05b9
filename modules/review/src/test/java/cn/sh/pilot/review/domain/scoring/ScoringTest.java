package cn.sh.pilot.review.domain.scoring;

import static cn.sh.pilot.review.fixtures.Reviews.APPLICANT_USCC;
import static cn.sh.pilot.review.fixtures.Reviews.CALL;
import static cn.sh.pilot.review.fixtures.Reviews.EXPERT_QIAN;
import static cn.sh.pilot.review.fixtures.Reviews.EXPERT_ZHOU;
import static cn.sh.pilot.review.fixtures.Reviews.NOW;
import static cn.sh.pilot.review.fixtures.Reviews.OPERATOR;
import static cn.sh.pilot.review.fixtures.Reviews.UNIVERSITY_USCC;
import static cn.sh.pilot.review.fixtures.Reviews.criteria;
import static cn.sh.pilot.review.fixtures.Reviews.criterion;
import static cn.sh.pilot.review.fixtures.Reviews.points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.fixtures.Reviews;

class ScoringTest {

    private final ConflictOfInterestPolicy conflicts = new ConflictOfInterestPolicy();
    private ReviewItem item;

    @BeforeEach
    void assignZhou() throws ReviewRefusedException {
        item = Reviews.imported(Reviews.keyItem());
        item.assignExpert(new Expert(EXPERT_ZHOU, UNIVERSITY_USCC, null), conflicts, OPERATOR, NOW);
    }

    private static Score by(String expert, Map<String, BigDecimal> points) {
        return new Score(expert, points, "意见", NOW);
    }

    @Test
    void records_the_score_of_an_assigned_expert() throws ReviewRefusedException {
        item.recordScore(by(EXPERT_ZHOU.userId(), points(20, 20, 15, 8, 15)), criteria(), EXPERT_ZHOU);
        assertThat(item.scores()).singleElement().satisfies(s -> assertThat(s.comment()).isEqualTo("意见"));
    }

    @Test
    void refuses_to_assign_an_expert_with_a_conflict_of_interest_and_names_the_item() {
        assertThatThrownBy(() -> item.assignExpert(new Expert(EXPERT_QIAN, APPLICANT_USCC, null), conflicts, OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.id()).isEqualTo("expert-same-organisation");
                    assertThat(e.refusals().get(0).subject()).isEqualTo(item.id().toString());
                });
        assertThat(item.assignments()).hasSize(1);
    }

    @Test
    void refuses_to_assign_the_same_expert_twice() {
        assertThatThrownBy(() -> item.assignExpert(new Expert(EXPERT_ZHOU, UNIVERSITY_USCC, null), conflicts, OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("expert-already-assigned"));
    }

    @Test
    void refuses_a_score_from_an_expert_not_assigned_to_the_item() {
        assertThatThrownBy(() -> item.recordScore(by(EXPERT_QIAN.userId(), points(20, 20, 15, 8, 15)), criteria(), EXPERT_QIAN))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("expert-not-assigned"));
    }

    @Test
    void refuses_a_score_entered_by_someone_else_in_the_experts_name() {
        assertThatThrownBy(() -> item.recordScore(by(EXPERT_ZHOU.userId(), points(20, 20, 15, 8, 15)), criteria(), OPERATOR))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("expert-not-assigned"));
    }

    @Test
    void refuses_an_incomplete_out_of_range_or_unknown_score_reporting_each_criterion() {
        Map<String, BigDecimal> sheet = points(30, 20, 15, 8, 15);
        sheet.remove("LEADERSHIP");
        sheet.put("BEAUTY", BigDecimal.ONE);
        assertThatThrownBy(() -> item.recordScore(by(EXPERT_ZHOU.userId(), sheet), criteria(), EXPERT_ZHOU))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.refusals())
                        .extracting(Refusal::error, Refusal::subject).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(ReviewError.SCORE_OUT_OF_RANGE, item.id() + " / KEY_DIRECTION_FIT"),
                                org.assertj.core.groups.Tuple.tuple(ReviewError.SCORE_UNKNOWN_CRITERION, item.id() + " / BEAUTY"),
                                org.assertj.core.groups.Tuple.tuple(ReviewError.SCORE_INCOMPLETE, item.id() + " / LEADERSHIP")));
        assertThat(item.scores()).isEmpty();
    }

    @Test
    void refuses_a_criteria_table_with_a_repeated_code_or_a_zero_weight() {
        assertThatThrownBy(() -> CriteriaTable.of(CALL, List.of(
                criterion("A", "甲", "A", 50, "1"), criterion("A", "甲", "A", 50, "1"), criterion("B", "乙", "B", 10, "0"))))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.id()).isEqualTo("criteria-invalid");
                    assertThat(e.refusals()).hasSize(2);
                });
    }
}
