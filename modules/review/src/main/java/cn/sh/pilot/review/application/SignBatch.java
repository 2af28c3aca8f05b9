package cn.sh.pilot.review.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.batch.BatchItem;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.batch.OutgoingBatchRepository;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReviewRepository;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.Sha256;

/**
 * Records that a built batch has been signed: the batch becomes SIGNED with its package name and digest (the next
 * batch's predecessor) and every review in it is frozen ({@code markSent}). Two checks come first, so that no
 * signature is recorded for something other than what the operator looked at: the batch is still BUILT, and each
 * item's opinion and rank are still what the reviews say.
 */
public final class SignBatch {

    private final PreliminaryReviewRepository reviews;
    private final OutgoingBatchRepository batches;
    private final AuditTrail audit;
    private final Clock clock;

    public SignBatch(PreliminaryReviewRepository reviews, OutgoingBatchRepository batches, AuditTrail audit, Clock clock) {
        this.reviews = Objects.requireNonNull(reviews);
        this.batches = Objects.requireNonNull(batches);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The batch to sign, refused unless it is built and its reviews are unchanged. */
    public OutgoingBatch signable(BatchId id) throws ReviewRefusedException {
        OutgoingBatch batch = batches.find(id)
                .orElseThrow(() -> ReviewRefusedException.of(Refusal.of(ReviewError.BATCH_NOT_FOUND, id.toString())));
        if (batch.state() != OutgoingBatch.State.BUILT) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.BATCH_NOT_BUILT, id + " is " + batch.state()));
        }
        Map<ApplicationId, PreliminaryReview> current = reviews.ofCall(batch.header().recommender(), batch.header().callId())
                .stream().filter(r -> r.isRecommended() && !r.isSent())
                .collect(Collectors.toMap(PreliminaryReview::applicationId, Function.identity()));
        List<BatchItem> items = batch.batch().items();
        boolean same = current.size() == items.size() && items.stream().allMatch(item -> {
            PreliminaryReview r = current.get(item.applicationId());
            return r != null && r.rank().isPresent() && r.rank().getAsInt() == item.rank()
                    && r.opinion().equals(item.opinion());
        });
        if (!same) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.BATCH_REVIEW_CHANGED, id.toString()));
        }
        return batch;
    }

    /** Records the signed package; call inside the transaction that follows writing it to the outbox. */
    public OutgoingBatch signed(BatchId id, String packageName, Sha256 digest, String signerSubject)
            throws ReviewRefusedException {
        OutgoingBatch batch = signable(id);
        BatchSnapshot before = BatchSnapshot.of(batch);
        batch.signed(packageName, digest, signerSubject, clock.instant());
        for (BatchItem item : batch.batch().items()) {
            PreliminaryReview review = reviews.find(item.applicationId()).orElseThrow();
            review.markSent(id);
            reviews.save(review);
        }
        batches.save(batch);
        audit.record(ReviewAuditActions.BATCH_SIGNED, ReviewAuditActions.BATCH_ENTITY, id.toString(), before,
                BatchSnapshot.of(batch));
        return batch;
    }
}
