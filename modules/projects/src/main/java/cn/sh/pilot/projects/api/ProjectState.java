package cn.sh.pilot.projects.api;

/**
 * Where a project stands after approval (立项). The legal moves are in
 * {@code cn.sh.pilot.projects.domain.project.Project}; this list is published so the console, other modules'
 * translators and the audit log can name states.
 */
public enum ProjectState {
    /** Within its two-year term (§四(三)). */
    IN_PROGRESS,
    /** The guarantor asked for the one extension; the municipal approver has not decided. */
    EXTENSION_REQUESTED,
    /** The one extension was approved; the term ends on its new end date. */
    EXTENDED,
    /** The guarantor applied for acceptance evaluation (§四(一)). */
    ACCEPTANCE_APPLIED,
    /** Experts are evaluating (§四(四)). */
    UNDER_EVALUATION,
    /** Acceptance passed. */
    PASSED,
    /** Acceptance failed. */
    FAILED,
    /** Rework, then evaluated again. */
    REWORK,
    /** Finished; nothing changes any more. */
    CLOSED;

    /** Before any acceptance application: the term clock runs and reminders apply. */
    public boolean isRunning() {
        return this == IN_PROGRESS || this == EXTENSION_REQUESTED || this == EXTENDED;
    }
}
