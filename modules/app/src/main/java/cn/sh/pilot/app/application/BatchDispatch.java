package cn.sh.pilot.app.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.shared.BatchId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends a signed batch to the municipal endpoint without holding a transaction over the network: checks it in one
 * transaction ({@link RecommendationDesk#sendable}), transfers it ({@link BatchOutbox#send}: temporary name, rename,
 * retries), records the outcome in another ({@link RecommendationDesk#recordDelivery}: SENT, or the last error).
 * A crash between transfer and record leaves the batch SIGNED; sending it again delivers the same file under the same
 * name, which the municipal inbox answers as a duplicate.
 */
@ApplicationScoped
public class BatchDispatch {

    @Inject
    RecommendationDesk desk;
    @Inject
    BatchOutbox outbox;

    public OutgoingBatch send(BatchId id) throws RefusedException {
        OutgoingBatch batch = desk.sendable(id);
        BatchOutbox.Sent sent = outbox.send(batch);
        return desk.recordDelivery(id, sent);
    }
}
