package cn.sh.pilot.review.domain.decision;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.shared.Actor;
import cn.sh.pilot.review.domain.shared.ReviewRole;
import cn.sh.pilot.review.domain.shared.Verdict;

/**
 * Approval needs two different people (DESIGN §4): a decision proposed by one user is confirmed by
 * another who holds the approver role. Refuses self-confirmation and confirmation by a non-approver.
 */
public final class FourEyesPolicy {

    public Verdict evaluate(DecisionProposal proposal, Actor confirmer) {
        Verdict verdict = Verdict.allow();
        if (!confirmer.holds(ReviewRole.APPROVER)) {
            verdict = verdict.and(Verdict.refuse(ReviewError.DECISION_NOT_APPROVER, confirmer.displayName()));
        }
        if (confirmer.isSamePersonAs(proposal.proposer())) {
            verdict = verdict.and(Verdict.refuse(ReviewError.DECISION_SELF_APPROVAL,
                    "proposed by " + proposal.proposer().displayName()));
        }
        return verdict;
    }
}
