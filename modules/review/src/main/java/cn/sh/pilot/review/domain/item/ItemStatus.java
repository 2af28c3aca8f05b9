package cn.sh.pilot.review.domain.item;

/** Where a recommended item stands in municipal review. */
public enum ItemStatus {
    /** Imported and routed; checks, experts, scores and type work happen here. */
    UNDER_REVIEW,
    /** The recommender was asked to correct it; a corrected item in a later batch replaces it. */
    CORRECTION_REQUESTED,
    /** Replaced by the corrected item of a later batch. */
    SUPERSEDED,
    /** An operator proposed a decision; an approver confirms it. */
    PROPOSED,
    APPROVED,
    REJECTED
}
