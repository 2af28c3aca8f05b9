package cn.sh.pilot.projects.domain.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The municipal bureau's decision on an extension request (延期决定), sent back to the guarantor.
 *
 * @param grantedMonths months granted when approved, {@code null} when rejected
 * @param newTermEnd    the term's new last day when approved, {@code null} when rejected
 */
public record ExtensionDecision(UUID decisionId, UUID requestId, ProjectNumber projectNumber,
                                ExtensionOutcome outcome, Integer grantedMonths, LocalDate newTermEnd,
                                String reason, Instant decided) {

    public ExtensionDecision {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(projectNumber, "projectNumber");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decided, "decided");
        boolean approved = outcome == ExtensionOutcome.APPROVED;
        if (approved != (grantedMonths != null) || approved != (newTermEnd != null)) {
            throw new IllegalArgumentException("an approval carries months and new end, a rejection neither");
        }
    }

    public boolean isApproved() {
        return outcome == ExtensionOutcome.APPROVED;
    }

    public Optional<Integer> granted() {
        return Optional.ofNullable(grantedMonths);
    }

    public Optional<LocalDate> newEnd() {
        return Optional.ofNullable(newTermEnd);
    }
}
