package cn.sh.pilot.review.application;

import java.util.Objects;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.review.domain.batch.Batch;
import cn.sh.pilot.review.domain.batch.BatchAssembly;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.batch.OutgoingBatchRepository;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReviewRepository;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;

/**
 * Builds the site's next batch for a call with {@link BatchAssembly}: every recommended, unsent application in rank
 * order, chained to the last signed batch. A built batch that was never signed is discarded and replaced, so the
 * operator can correct a rank and build again; the new one keeps the same sequence.
 */
public final class BuildBatch {

    private final PreliminaryReviewRepository reviews;
    private final OutgoingBatchRepository batches;
    private final BatchAssembly assembly;
    private final AuditTrail audit;

    public BuildBatch(PreliminaryReviewRepository reviews, OutgoingBatchRepository batches, BatchAssembly assembly,
            AuditTrail audit) {
        this.reviews = Objects.requireNonNull(reviews);
        this.batches = Objects.requireNonNull(batches);
        this.assembly = Objects.requireNonNull(assembly);
        this.audit = Objects.requireNonNull(audit);
    }

    /** @throws ReviewRefusedException every problem of {@link BatchAssembly} at once ({@code batch-empty}, {@code batch-rank-gap}, …) */
    public OutgoingBatch build(RecommenderCode site, CallId call) throws ReviewRefusedException {
        Batch batch = assembly.assemble(site, call, reviews.ofCall(site, call), batches.lastSigned(site));
        for (OutgoingBatch unsigned : batches.of(site)) {
            if (unsigned.state() == OutgoingBatch.State.BUILT) {
                batches.discard(unsigned.header().id());
                audit.record(ReviewAuditActions.BATCH_DISCARDED, ReviewAuditActions.BATCH_ENTITY,
                        unsigned.header().id().toString(), BatchSnapshot.of(unsigned), null);
            }
        }
        OutgoingBatch built = OutgoingBatch.built(batch);
        batches.save(built);
        audit.record(ReviewAuditActions.BATCH_BUILT, ReviewAuditActions.BATCH_ENTITY, batch.header().id().toString(),
                null, BatchSnapshot.of(built));
        return built;
    }
}
