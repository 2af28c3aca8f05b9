package cn.sh.pilot.review.domain.batch;

import java.util.List;
import java.util.Optional;

import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;

/** The recommender site's own batches, newest first. */
public interface OutgoingBatchRepository {

    Optional<OutgoingBatch> find(BatchId id);

    /** Every batch of {@code recommender}, newest sequence first. */
    List<OutgoingBatch> of(RecommenderCode recommender);

    /** The last signed (or sent) batch: the link the next batch continues. */
    default Optional<ChainLink> lastSigned(RecommenderCode recommender) {
        return of(recommender).stream().filter(b -> b.state() != OutgoingBatch.State.BUILT)
                .map(OutgoingBatch::link).flatMap(Optional::stream).findFirst();
    }

    void save(OutgoingBatch batch);

    /** Removes a built, unsigned batch (it is being built again). */
    void discard(BatchId id);
}
