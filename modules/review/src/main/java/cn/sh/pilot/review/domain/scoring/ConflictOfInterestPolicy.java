package cn.sh.pilot.review.domain.scoring;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.ReviewRole;
import cn.sh.pilot.review.domain.shared.Uscc;
import cn.sh.pilot.review.domain.shared.Verdict;

/**
 * Who may score an item: a user holding the expert role who works neither for the applicant (same
 * unified social credit code) nor for the recommender that put the item forward.
 */
public final class ConflictOfInterestPolicy {

    public Verdict evaluate(Expert expert, Uscc applicant, RecommenderCode itemRecommender) {
        Verdict verdict = Verdict.allow();
        if (!expert.person().holds(ReviewRole.EXPERT)) {
            verdict = verdict.and(Verdict.refuse(ReviewError.EXPERT_NOT_EXPERT_ROLE, expert.person().displayName()));
        }
        if (expert.organisation().equals(applicant)) {
            verdict = verdict.and(Verdict.refuse(ReviewError.EXPERT_SAME_ORGANISATION,
                    expert.person().displayName() + ", " + applicant));
        }
        if (expert.affiliatedRecommender().filter(itemRecommender::equals).isPresent()) {
            verdict = verdict.and(Verdict.refuse(ReviewError.EXPERT_SAME_RECOMMENDER,
                    expert.person().displayName() + ", " + itemRecommender));
        }
        return verdict;
    }
}
