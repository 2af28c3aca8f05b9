package cn.sh.pilot.review.domain.decision;

import java.time.Instant;
import java.util.Objects;

import cn.sh.pilot.review.domain.shared.Actor;

/** A municipal operator's proposal to approve or reject an item, awaiting a second person's confirmation. */
public record DecisionProposal(Outcome outcome, DecisionReason reason, Actor proposer, Instant proposedAt) {

    public DecisionProposal {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(proposedAt, "proposedAt");
    }
}
