package cn.sh.pilot.review.domain.approval;

import java.util.List;

import cn.sh.pilot.review.api.ProjectApproved;
import cn.sh.pilot.review.domain.decision.Decision;

/** What one confirmation decided: every decision, and an event for each approval. */
public record ConfirmedDecisions(List<Decision> decisions, List<ProjectApproved> approvals) {

    public ConfirmedDecisions {
        decisions = List.copyOf(decisions);
        approvals = List.copyOf(approvals);
    }
}
