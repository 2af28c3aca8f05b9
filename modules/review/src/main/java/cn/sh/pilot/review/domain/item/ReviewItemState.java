package cn.sh.pilot.review.domain.item;

import java.util.List;
import java.util.Objects;

import cn.sh.pilot.review.domain.decision.Decision;
import cn.sh.pilot.review.domain.decision.DecisionProposal;
import cn.sh.pilot.review.domain.routing.ReviewDomain;
import cn.sh.pilot.review.domain.scoring.ExpertAssignment;
import cn.sh.pilot.review.domain.scoring.Score;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.ProjectType;

/**
 * Everything a {@link ReviewItem} holds, as persistence writes and reads it ({@link ReviewItem#state()},
 * {@link ReviewItem#restore(ReviewItemState)}); no rule is applied on the way back, the rules ran when the state was
 * made.
 */
public record ReviewItemState(ImportedItem data, ProjectType type, boolean typeConfirmed, String directionGroup,
        String direction, ReviewDomain domain, ItemStatus status, List<CheckResult> checks,
        List<ExpertAssignment> assignments, List<Score> scores, List<TypeDecision> typeDecisions,
        CorrectionRequest correction, ItemId correctionOf, ItemId supersededBy, DecisionProposal proposal,
        Decision decision, long version, Change lastChange) {

    public ReviewItemState {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastChange, "lastChange");
        checks = List.copyOf(checks);
        assignments = List.copyOf(assignments);
        scores = List.copyOf(scores);
        typeDecisions = List.copyOf(typeDecisions);
    }
}
