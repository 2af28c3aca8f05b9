package cn.sh.pilot.acceptance.api;

/** Where an acceptance evaluation stands; published for the console, the audit log and the shell's translators. */
public enum EvaluationState {
    /** Application received; the operator assigns the expert panel. */
    PANEL_FORMING,
    /** Experts score the criteria. */
    SCORING,
    /** An operator proposed the computed result; an approver has to confirm it. */
    PROPOSED,
    /** Confirmed: passed (may be named a benchmark). */
    PASSED,
    /** Confirmed: failed. */
    FAILED,
    /** Confirmed: rework, then the guarantor resubmits for re-evaluation. */
    REWORK_REQUIRED;

    public boolean isConcluded() {
        return this == PASSED || this == FAILED || this == REWORK_REQUIRED;
    }
}
