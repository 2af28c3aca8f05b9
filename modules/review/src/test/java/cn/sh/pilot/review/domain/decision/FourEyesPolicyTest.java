package cn.sh.pilot.review.domain.decision;

import static cn.sh.pilot.review.fixtures.Reviews.APPROVER;
import static cn.sh.pilot.review.fixtures.Reviews.NOW;
import static cn.sh.pilot.review.fixtures.Reviews.OPERATOR;
import static cn.sh.pilot.review.fixtures.Reviews.OPERATOR_APPROVER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.api.ReviewError;

class FourEyesPolicyTest {

    private final FourEyesPolicy policy = new FourEyesPolicy();

    private static DecisionProposal proposedBy(cn.sh.pilot.review.domain.shared.Actor proposer) {
        return new DecisionProposal(Outcome.APPROVE, new DecisionReason("municipal-review-approved", "评审通过", null),
                proposer, NOW);
    }

    @Test
    void allows_a_different_user_holding_the_approver_role_to_confirm() {
        assertThat(policy.evaluate(proposedBy(OPERATOR), APPROVER).isAllowed()).isTrue();
    }

    @Test
    void refuses_the_proposer_confirming_their_own_proposal_even_as_an_approver() {
        assertThat(policy.evaluate(proposedBy(OPERATOR_APPROVER), OPERATOR_APPROVER).errors())
                .containsExactly(ReviewError.DECISION_SELF_APPROVAL);
    }

    @Test
    void refuses_confirmation_by_a_user_without_the_approver_role() {
        assertThat(policy.evaluate(proposedBy(OPERATOR_APPROVER), OPERATOR).errors())
                .containsExactly(ReviewError.DECISION_NOT_APPROVER);
    }

    @Test
    void explains_the_self_approval_refusal_in_chinese_and_english() {
        assertThat(ReviewError.DECISION_SELF_APPROVAL.id()).isEqualTo("decision-self-approval");
        assertThat(ReviewError.DECISION_SELF_APPROVAL.zh()).contains("另一名审批人");
        assertThat(ReviewError.DECISION_SELF_APPROVAL.en()).contains("another approver");
    }
}
