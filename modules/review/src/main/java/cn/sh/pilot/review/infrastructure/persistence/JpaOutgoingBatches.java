package cn.sh.pilot.review.infrastructure.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.batch.OutgoingBatchRepository;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import jakarta.persistence.EntityManager;

/** {@link OutgoingBatchRepository} over {@code outgoing_batch} and its items; the caller's transaction. */
public final class JpaOutgoingBatches implements OutgoingBatchRepository {

    private final EntityManager em;

    public JpaOutgoingBatches(EntityManager em) {
        this.em = Objects.requireNonNull(em);
    }

    @Override
    public Optional<OutgoingBatch> find(BatchId id) {
        return Optional.ofNullable(em.find(OutgoingBatchEntity.class, id.toString())).map(OutgoingBatchEntity::toDomain);
    }

    @Override
    public List<OutgoingBatch> of(RecommenderCode recommender) {
        return em.createQuery("SELECT b FROM OutgoingBatchEntity b WHERE b.recommender = :rec "
                        + "ORDER BY b.sequence DESC, b.created DESC", OutgoingBatchEntity.class)
                .setParameter("rec", recommender.value())
                .getResultList().stream().map(OutgoingBatchEntity::toDomain).toList();
    }

    @Override
    public void save(OutgoingBatch batch) {
        OutgoingBatchEntity entity = em.find(OutgoingBatchEntity.class, batch.header().id().toString());
        if (entity == null) {
            em.persist(new OutgoingBatchEntity(batch));
        } else {
            entity.copyState(batch);
        }
    }

    @Override
    public void discard(BatchId id) {
        OutgoingBatchEntity entity = em.find(OutgoingBatchEntity.class, id.toString());
        if (entity != null) {
            em.remove(entity);
            em.flush();
        }
    }
}
