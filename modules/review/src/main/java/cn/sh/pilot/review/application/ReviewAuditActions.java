package cn.sh.pilot.review.application;

/** The stable audit action and entity ids review's use cases write. */
public final class ReviewAuditActions {

    public static final String PRELIMINARY_ENTITY = "preliminary-review";
    public static final String BATCH_ENTITY = "batch";

    public static final String PRELIMINARY_RECORDED = "preliminary-review.recorded";
    public static final String PRELIMINARY_REVISED = "preliminary-review.revised";
    public static final String BATCH_BUILT = "batch.built";
    public static final String BATCH_DISCARDED = "batch.discarded";
    public static final String BATCH_SIGNED = "batch.signed";
    public static final String BATCH_SENT = "batch.sent";
    public static final String BATCH_DELIVERY_FAILED = "batch.delivery-failed";
    public static final String BATCH_ACCEPTED = "batch.accepted";
    public static final String BATCH_REFUSED = "batch.refused";
    public static final String PRELIMINARY_RELEASED = "preliminary-review.released";

    public static final String ITEM_ENTITY = "review-item";
    public static final String ITEM_ROUTED = "review-item.routed";
    public static final String ITEM_REROUTED = "review-item.rerouted";
    public static final String ITEM_CHECKED = "review-item.checked";
    public static final String EXPERT_ASSIGNED = "review-item.expert-assigned";
    public static final String ITEM_SCORED = "review-item.scored";
    public static final String TYPE_CONFIRMED = "review-item.type-confirmed";
    public static final String TYPE_CHANGED = "review-item.type-changed";
    public static final String DECISION_PROPOSED = "review-item.decision-proposed";
    public static final String PROPOSAL_WITHDRAWN = "review-item.proposal-withdrawn";
    public static final String DECISION_CONFIRMED = "review-item.decision-confirmed";
    public static final String NOTICE_SENT = "decision-notice.sent";

    private ReviewAuditActions() {
    }
}
