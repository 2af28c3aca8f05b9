package cn.sh.pilot.review.infrastructure.persistence;

import cn.sh.pilot.review.domain.batch.BatchChain;
import cn.sh.pilot.review.domain.batch.ChainLink;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Imported batches and their items in review's tables ({@code V11__review_items.sql}); always in
 * the caller's transaction (the inbox pipeline's one transaction per package).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaImportedBatches {

    @PersistenceContext(unitName = "pilot")
    EntityManager em;

    /**
     * The recommender's accepted batches, in sequence order. Locks the recommender's chain head
     * ({@code review_chain_head}), so two packages of one recommender are chained one after the other.
     */
    public BatchChain chainOf(RecommenderCode recommender) {
        em.createNativeQuery("INSERT INTO review_chain_head (recommender) SELECT ?1 FROM (VALUES (1)) AS one (x)"
                + " WHERE NOT EXISTS (SELECT 1 FROM review_chain_head WHERE recommender = ?1)")
                .setParameter(1, recommender.value()).executeUpdate();
        em.createNativeQuery("SELECT recommender FROM review_chain_head WHERE recommender = ?1 FOR UPDATE")
                .setParameter(1, recommender.value()).getResultList();
        List<ImportedBatchEntity> batches = em.createQuery("SELECT b FROM ImportedBatchEntity b"
                + " WHERE b.recommender = :r ORDER BY b.sequence", ImportedBatchEntity.class)
                .setParameter("r", recommender.value()).setLockMode(LockModeType.NONE).getResultList();
        return new BatchChain(recommender, batches.stream().map(b -> new ChainLink(b.sequence(), BatchId.of(b.batchId()),
                new Sha256(b.packageSha256()))).toList());
    }

    /** The last day of a call (Asia/Shanghai), from the reference data. */
    public Optional<LocalDate> deadlineOf(CallId call) {
        List<?> rows = em.createNativeQuery("SELECT deadline FROM pilot_call WHERE id = ?1")
                .setParameter(1, call.value()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object d = rows.get(0);
        return Optional.of(d instanceof Date date ? date.toLocalDate() : (LocalDate) d);
    }

    public void add(ImportedBatchEntity batch) {
        em.persist(batch);
    }

    public void add(ImportedItemEntity item) {
        em.persist(item);
    }

    /** Writes what was added so far (a large batch is flushed in chunks). */
    public void flush() {
        em.flush();
        em.clear();
    }

    /** Which of these item ids were imported before (with any batch). */
    public Set<String> alreadyImported(Collection<String> itemIds) {
        if (itemIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT i.itemId FROM ImportedItemEntity i WHERE i.itemId IN :ids",
                String.class).setParameter("ids", itemIds).getResultList());
    }

    public long itemCount(String batchId) {
        return em.createQuery("SELECT COUNT(i) FROM ImportedItemEntity i WHERE i.batchId = :b", Long.class)
                .setParameter("b", batchId).getSingleResult();
    }
}
