package cn.sh.pilot.projects.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One change to a project, returned by every transition for the audit log
 * ({@code cn.sh.pilot.contracts.audit.AuditTrail#record(action, "project", projectNumber, before, after)}) and,
 * once wired, published as a CDI event.
 *
 * @param action        stable dotted id, e.g. {@code project.extension-approved}
 * @param projectNumber the project number, e.g. {@code SHBZSD-2023-0007}
 * @param before        life-cycle state before; {@code null} when the project is opened, and for changes that do
 *                      not touch the life cycle (a standard output's stage, a publicity activity, a progress report)
 * @param after         life-cycle state after; {@code null} for changes that do not touch the life cycle
 * @param actor         user (or signing organisation) that caused it
 * @param at            when it happened
 * @param detail        what else changed, as plain strings (e.g. {@code termEnd}, {@code months}), never secrets
 */
public record ProjectEvent(String action, String projectNumber, ProjectState before, ProjectState after,
                           String actor, Instant at, Map<String, String> detail) {

    public ProjectEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(projectNumber, "projectNumber");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        detail = Map.copyOf(detail);
    }

    /** The event moved the project from one life-cycle state to another. */
    public boolean isTransition() {
        return after != null && before != after;
    }
}
