package cn.sh.pilot.review.application;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.review.domain.batch.BatchItem;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.batch.OutgoingBatchRepository;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReviewRepository;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.Sha256;

/**
 * Applies a verified municipal receipt to the batch it answers (recommender site). Accepted (or a duplicate): the
 * batch is ACCEPTED. Refused (or a conflict): the batch is REFUSED and every review sent in it is released, so the
 * applications can be corrected and sent in a later batch, which takes the refused batch's sequence again
 * ({@link OutgoingBatchRepository#lastSigned}). Items the receipt refuses inside an accepted batch are released too.
 * The first receipt for a batch decides: the same receipt again, or a later one for the same package (a municipal
 * re-run), changes nothing.
 */
public final class RecordReceipt {

    private final OutgoingBatchRepository batches;
    private final PreliminaryReviewRepository reviews;
    private final AuditTrail audit;

    public RecordReceipt(OutgoingBatchRepository batches, PreliminaryReviewRepository reviews, AuditTrail audit) {
        this.batches = Objects.requireNonNull(batches);
        this.reviews = Objects.requireNonNull(reviews);
        this.audit = Objects.requireNonNull(audit);
    }

    /**
     * @param packageDigest  the SHA-256 of the package the receipt answers
     * @param accepted       the receipt's verdict: accepted or duplicate → true; refused or conflict → false
     * @param refusedItems   items the receipt refuses one by one inside an accepted batch
     * @return the batch answered; empty when no batch of this site has that package (e.g. sent with the CLI)
     */
    public Optional<OutgoingBatch> record(RecommenderCode site, Sha256 packageDigest, boolean accepted,
            Collection<ItemId> refusedItems) throws ReviewRefusedException {
        Optional<OutgoingBatch> found = batches.byPackage(site, packageDigest);
        if (found.isEmpty()) {
            return found;
        }
        OutgoingBatch batch = found.get();
        BatchSnapshot before = BatchSnapshot.of(batch);
        if (!batch.answered(accepted)) {
            return found; // answered before: the first answer stands
        }
        batches.save(batch);
        audit.record(accepted ? ReviewAuditActions.BATCH_ACCEPTED : ReviewAuditActions.BATCH_REFUSED,
                ReviewAuditActions.BATCH_ENTITY, batch.header().id().toString(), before, BatchSnapshot.of(batch));
        Set<ItemId> refused = Set.copyOf(refusedItems);
        for (BatchItem item : batch.batch().items()) {
            if (accepted && !refused.contains(item.itemId())) {
                continue;
            }
            Optional<PreliminaryReview> review = reviews.find(item.applicationId());
            if (review.isPresent()) {
                PreliminaryReviewSnapshot was = PreliminaryReviewSnapshot.of(review.get());
                if (review.get().release(batch.header().id())) {
                    reviews.save(review.get());
                    audit.record(ReviewAuditActions.PRELIMINARY_RELEASED, ReviewAuditActions.PRELIMINARY_ENTITY,
                            item.applicationId().toString(), was, PreliminaryReviewSnapshot.of(review.get()));
                }
            }
        }
        return Optional.of(batch);
    }
}
