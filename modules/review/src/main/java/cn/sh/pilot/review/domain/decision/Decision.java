package cn.sh.pilot.review.domain.decision;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import cn.sh.pilot.review.domain.shared.Actor;

/**
 * A confirmed decision: the proposal, the approver who confirmed it and when, and for an approval
 * the project number and term.
 */
public record Decision(DecisionProposal proposal, Actor confirmer, Instant confirmedAt, ProjectNumber projectNumber,
        ProjectTerm term) {

    public Decision {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(confirmer, "confirmer");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        boolean approved = proposal.outcome() == Outcome.APPROVE;
        if (approved != (projectNumber != null) || approved != (term != null)) {
            throw new IllegalArgumentException("an approval, and only an approval, has a project number and a term");
        }
    }

    public Outcome outcome() {
        return proposal.outcome();
    }

    public Optional<ProjectNumber> number() {
        return Optional.ofNullable(projectNumber);
    }

    public Optional<ProjectTerm> projectTerm() {
        return Optional.ofNullable(term);
    }
}
