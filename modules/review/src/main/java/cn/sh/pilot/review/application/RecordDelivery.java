package cn.sh.pilot.review.application;

import java.time.Clock;
import java.util.Objects;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.batch.OutgoingBatchRepository;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;

/**
 * Records the outcome of sending a signed batch to the municipal endpoint (the transfer itself happens outside any
 * transaction): delivered → SENT with the remote path; not delivered → still SIGNED, with the last error, so the
 * operator sees why and can send again.
 */
public final class RecordDelivery {

    private final OutgoingBatchRepository batches;
    private final AuditTrail audit;
    private final Clock clock;

    public RecordDelivery(OutgoingBatchRepository batches, AuditTrail audit, Clock clock) {
        this.batches = Objects.requireNonNull(batches);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The batch to send: refused unless it is signed and not yet delivered ({@code batch-not-signed}). */
    public OutgoingBatch sendable(BatchId id) throws ReviewRefusedException {
        OutgoingBatch batch = batches.find(id)
                .orElseThrow(() -> ReviewRefusedException.of(Refusal.of(ReviewError.BATCH_NOT_FOUND, id.toString())));
        if (batch.state() != OutgoingBatch.State.SIGNED) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.BATCH_NOT_SIGNED, id + " is " + batch.state()));
        }
        return batch;
    }

    /** @param errorId null when delivered */
    public OutgoingBatch record(BatchId id, int attempts, String remotePath, String errorId, String detail)
            throws ReviewRefusedException {
        OutgoingBatch batch = sendable(id);
        BatchSnapshot before = BatchSnapshot.of(batch);
        batch.delivery(new OutgoingBatch.Delivery(attempts, clock.instant(), remotePath, errorId, detail));
        batches.save(batch);
        audit.record(errorId == null ? ReviewAuditActions.BATCH_SENT : ReviewAuditActions.BATCH_DELIVERY_FAILED,
                ReviewAuditActions.BATCH_ENTITY, id.toString(), before, BatchSnapshot.of(batch));
        return batch;
    }
}
