package cn.sh.pilot.review.domain.decision;

import java.util.List;
import java.util.Objects;

import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.ItemId;

/**
 * A decision as a recommender site learns it from a decision notice: approved with a project
 * number and term (shown as 已立项), rejected with its reason, or sent back for correction.
 */
public record NoticedDecision(ItemId itemId, ApplicationId applicationId, Kind kind, ProjectNumber projectNumber,
        ProjectTerm term, List<DecisionReason> reasons) {

    public enum Kind { APPROVED, REJECTED, CORRECTION_REQUESTED }

    public NoticedDecision {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(kind, "kind");
        reasons = List.copyOf(reasons);
        if ((kind == Kind.APPROVED) != (projectNumber != null)) {
            throw new IllegalArgumentException("an approval, and only an approval, has a project number");
        }
    }
}
