package cn.sh.pilot.review.domain.decision;

import static cn.sh.pilot.review.fixtures.Reviews.EXPERT_ZHOU;
import static cn.sh.pilot.review.fixtures.Reviews.NOW;
import static cn.sh.pilot.review.fixtures.Reviews.OPERATOR;
import static cn.sh.pilot.review.fixtures.Reviews.setup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.item.ItemStatus;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.fixtures.Reviews;

class DecisionProposalTest {

    static final DecisionReason APPROVE_REASON = new DecisionReason("municipal-review-approved", "专家评审通过，符合重点方向。", null);

    @Test
    void an_operator_proposes_approval_of_a_checked_scored_and_typed_item() throws ReviewRefusedException {
        ReviewItem item = Reviews.readyForApproval();
        item.propose(Outcome.APPROVE, APPROVE_REASON, setup(), OPERATOR, NOW, item.version());
        assertThat(item.status()).isEqualTo(ItemStatus.PROPOSED);
        assertThat(item.proposal()).hasValueSatisfying(p -> assertThat(p.proposer()).isEqualTo(OPERATOR));
    }

    @Test
    void refuses_to_propose_approval_before_checks_scores_and_type_are_done() {
        ReviewItem item = Reviews.imported(Reviews.keyItem());
        assertThatThrownBy(() -> item.propose(Outcome.APPROVE, APPROVE_REASON, setup(), OPERATOR, NOW, item.version()))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.refusals())
                        .extracting(Refusal::error).containsExactly(ReviewError.DECISION_ITEM_INCOMPLETE,
                                ReviewError.DECISION_NOT_SCORED, ReviewError.DECISION_TYPE_UNCONFIRMED));
        assertThat(item.status()).isEqualTo(ItemStatus.UNDER_REVIEW);
    }

    @Test
    void lets_an_operator_propose_a_rejection_at_any_stage_of_review() throws ReviewRefusedException {
        ReviewItem item = Reviews.imported(Reviews.keyItem());
        item.propose(Outcome.REJECT, new DecisionReason("internal-standardization-only",
                "项目内容以组织内部标准化建设为主，按通知第二部分第（四）项一般不予立项。", null), setup(), OPERATOR, NOW, 0);
        assertThat(item.status()).isEqualTo(ItemStatus.PROPOSED);
    }

    @Test
    void refuses_a_proposal_without_a_reason() throws ReviewRefusedException {
        ReviewItem item = Reviews.readyForApproval();
        assertThatThrownBy(() -> item.propose(Outcome.REJECT, new DecisionReason("rejected", " ", null), setup(),
                OPERATOR, NOW, item.version())).isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.id()).isEqualTo("decision-reason-missing"));
    }

    @Test
    void refuses_a_proposal_by_someone_who_is_not_a_municipal_operator() throws ReviewRefusedException {
        ReviewItem item = Reviews.readyForApproval();
        assertThatThrownBy(() -> item.propose(Outcome.APPROVE, APPROVE_REASON, setup(), EXPERT_ZHOU, NOW, item.version()))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("decision-not-operator"));
    }

    @Test
    void holds_the_item_still_while_a_proposal_awaits_confirmation_until_it_is_withdrawn() throws ReviewRefusedException {
        ReviewItem item = Reviews.readyForApproval();
        item.propose(Outcome.APPROVE, APPROVE_REASON, setup(), OPERATOR, NOW, item.version());
        assertThatThrownBy(() -> item.confirmType(OPERATOR, NOW)).isInstanceOfSatisfying(ReviewRefusedException.class,
                e -> assertThat(e.id()).isEqualTo("decision-pending"));

        item.withdrawProposal(OPERATOR, NOW, item.version());

        assertThat(item.status()).isEqualTo(ItemStatus.UNDER_REVIEW);
        item.confirmType(OPERATOR, NOW);
    }
}
