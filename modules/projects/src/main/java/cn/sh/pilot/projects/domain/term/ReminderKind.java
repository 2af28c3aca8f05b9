package cn.sh.pilot.projects.domain.term;

/** Why a guarantor is reminded. */
public enum ReminderKind {
    /** The term ends soon: prepare the acceptance application (or, in time, an extension request). */
    TERM_ENDING,
    /** The term has ended and no acceptance application has arrived. */
    TERM_OVERDUE
}
