package cn.sh.pilot.review.domain.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.pilot.review.domain.decision.DecisionReason;
import cn.sh.pilot.review.domain.decision.FourEyesPolicy;
import cn.sh.pilot.review.domain.decision.Outcome;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.fixtures.Reviews;
import org.junit.jupiter.api.Test;

class ReviewItemStateTest {

    @Test
    void a_restored_item_holds_everything_the_saved_one_held() throws Exception {
        ReviewItem item = Reviews.readyForApproval();
        item.propose(Outcome.APPROVE, new DecisionReason("meets-call-requirements", "符合条件", null), Reviews.setup(),
                Reviews.OPERATOR, Reviews.NOW, item.version());

        ReviewItem restored = ReviewItem.restore(item.state());

        assertThat(restored.state()).isEqualTo(item.state());
        assertThat(restored.version()).isEqualTo(item.version());
        assertThat(restored.scoreSummary(Reviews.criteria())).isEqualTo(item.scoreSummary(Reviews.criteria()));
        assertThat(restored.completeness(Reviews.checklist())).isEqualTo(Completeness.COMPLETE);
        assertThat(restored.directionGroup()).isEqualTo(item.directionGroup());
    }

    @Test
    void a_restored_item_keeps_its_rules_the_proposer_still_cannot_confirm() throws Exception {
        ReviewItem item = Reviews.readyForApproval();
        item.propose(Outcome.APPROVE, new DecisionReason("meets-call-requirements", "符合条件", null), Reviews.setup(),
                Reviews.OPERATOR_APPROVER, Reviews.NOW, item.version());
        ReviewItem restored = ReviewItem.restore(item.state());

        assertThatThrownBy(() -> restored.confirm(Reviews.OPERATOR_APPROVER, Reviews.NOW, restored.version(),
                new FourEyesPolicy(), null, null))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessageContaining("another approver");
    }
}
