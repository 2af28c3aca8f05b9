package cn.sh.pilot.review.domain.batch;

import java.util.List;
import java.util.Optional;

import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.Sha256;

/** The recommender site's own batches, newest first. */
public interface OutgoingBatchRepository {

    Optional<OutgoingBatch> find(BatchId id);

    /** Every batch of {@code recommender}, newest sequence first. */
    List<OutgoingBatch> of(RecommenderCode recommender);

    /**
     * The last signed (sent, accepted) batch: the link the next batch continues. A batch the municipal inbox refused
     * is skipped — it never joined the municipal chain, so its sequence is taken again.
     */
    default Optional<ChainLink> lastSigned(RecommenderCode recommender) {
        return of(recommender).stream().filter(OutgoingBatch::continuesChain)
                .map(OutgoingBatch::link).flatMap(Optional::stream).findFirst();
    }

    /** The signed batch whose package has this SHA-256 (what a receipt names). */
    default Optional<OutgoingBatch> byPackage(RecommenderCode recommender, Sha256 packageDigest) {
        return of(recommender).stream().filter(b -> b.packageDigest().filter(packageDigest::equals).isPresent()).findFirst();
    }

    void save(OutgoingBatch batch);

    /** Removes a built, unsigned batch (it is being built again). */
    void discard(BatchId id);
}
