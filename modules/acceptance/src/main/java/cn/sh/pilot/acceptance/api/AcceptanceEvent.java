package cn.sh.pilot.acceptance.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One change to an acceptance evaluation, returned by every step for the audit log
 * ({@code AuditTrail#record(action, "acceptance", acceptanceId, before, after)}). The shell turns
 * {@code acceptance.confirmed} into the project's result ({@code after}: {@code PASSED}, {@code FAILED} or
 * {@code REWORK_REQUIRED}).
 *
 * @param before {@code null} when the evaluation is opened
 * @param detail what else changed, as plain strings (expert, criterion, total, outcome …)
 */
public record AcceptanceEvent(String action, String acceptanceId, String projectNumber, EvaluationState before,
                              EvaluationState after, String actor, Instant at, Map<String, String> detail) {

    public AcceptanceEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(acceptanceId, "acceptanceId");
        Objects.requireNonNull(projectNumber, "projectNumber");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        detail = Map.copyOf(detail);
    }
}
