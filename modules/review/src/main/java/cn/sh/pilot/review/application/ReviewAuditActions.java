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

    private ReviewAuditActions() {
    }
}
