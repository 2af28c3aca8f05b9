package cn.sh.pilot.review.infrastructure.persistence;

import cn.sh.pilot.review.domain.item.ImportedItem;
import cn.sh.pilot.review.domain.item.ItemStatus;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.item.ReviewItemRepository;
import cn.sh.pilot.review.domain.item.ReviewSetup;
import cn.sh.pilot.review.domain.routing.ReviewDomain;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ReviewItemRepository} over {@code review_item} and its child tables, in the caller's transaction. Saving
 * copies the item's state into the entity read in the same transaction; its {@code lock_version} makes the write
 * fail when another transaction changed the row meanwhile. Domain codes are resolved by the call's setup.
 */
public final class JpaReviewItems implements ReviewItemRepository {

    private final EntityManager em;
    private final JpaReviewSetups setups;

    public JpaReviewItems(EntityManager em, JpaReviewSetups setups) {
        this.em = Objects.requireNonNull(em);
        this.setups = Objects.requireNonNull(setups);
    }

    @Override
    public Optional<ImportedItem> unrouted(ItemId id) {
        return entity(id).filter(e -> !e.isRouted()).map(ReviewItemEntity::imported);
    }

    @Override
    public Optional<ReviewItem> find(ItemId id) {
        return entity(id).filter(ReviewItemEntity::isRouted).map(e -> restore(List.of(e)).get(0));
    }

    @Override
    public Optional<CallId> callOf(ItemId id) {
        return entity(id).map(e -> new CallId(e.callId()));
    }

    @Override
    public void save(ReviewItem item) {
        ReviewItemEntity entity = entity(item.id())
                .orElseThrow(() -> new IllegalStateException("review item " + item.id() + " is not imported"));
        entity.copy(item.state());
    }

    @Override
    public List<ImportedItem> unrouted() {
        return em.createQuery("SELECT i FROM ReviewItemEntity i WHERE i.status = :s ORDER BY i.importedAt, i.recommender,"
                        + " i.rank", ReviewItemEntity.class)
                .setParameter("s", ReviewItemEntity.IMPORTED).getResultList().stream()
                .map(ReviewItemEntity::imported).toList();
    }

    @Override
    public List<ReviewItem> routed(Set<ItemStatus> statuses, String domainCode) {
        String jpql = "SELECT i FROM ReviewItemEntity i WHERE i.status <> :imported"
                + (statuses.isEmpty() ? "" : " AND i.status IN :statuses")
                + (domainCode == null ? "" : " AND i.domainCode = :domain")
                + " ORDER BY i.recommender, i.rank, i.itemId";
        TypedQuery<ReviewItemEntity> query = em.createQuery(jpql, ReviewItemEntity.class)
                .setParameter("imported", ReviewItemEntity.IMPORTED);
        if (!statuses.isEmpty()) {
            query.setParameter("statuses", statuses.stream().map(Enum::name).toList());
        }
        if (domainCode != null) {
            query.setParameter("domain", domainCode);
        }
        return restore(query.getResultList());
    }

    @Override
    public List<ReviewItem> assignedTo(String expert) {
        return restore(em.createQuery("SELECT DISTINCT i FROM ReviewItemEntity i JOIN i.assignments a WHERE a.expert = :e",
                ReviewItemEntity.class).setParameter("e", expert).getResultList());
    }

    @Override
    public List<ReviewItem> decidedWithoutNotice() {
        return restore(em.createQuery("SELECT i FROM ReviewItemEntity i WHERE i.status IN :s AND i.noticeFile IS NULL"
                        + " ORDER BY i.recommender, i.rank", ReviewItemEntity.class)
                .setParameter("s", List.of(ItemStatus.APPROVED.name(), ItemStatus.REJECTED.name())).getResultList());
    }

    @Override
    public void noticeSent(ItemId id, String file) {
        entity(id).orElseThrow().noticeSent(file);
    }

    @Override
    public void flush() {
        em.flush();
    }

    private Optional<ReviewItemEntity> entity(ItemId id) {
        return Optional.ofNullable(em.find(ReviewItemEntity.class, id.toString()));
    }

    private List<ReviewItem> restore(List<ReviewItemEntity> rows) {
        Map<String, ReviewSetup> byCall = new HashMap<>();
        return rows.stream().map(e -> {
            ReviewSetup setup = byCall.computeIfAbsent(e.callId(), this::setup);
            return ReviewItem.restore(e.toState(code -> domain(setup, code)));
        }).toList();
    }

    private ReviewSetup setup(String call) {
        try {
            return setups.of(new CallId(call));
        } catch (ReviewRefusedException e) {
            throw new IllegalStateException("items of call " + call + " but no review setup for it", e);
        }
    }

    private static ReviewDomain domain(ReviewSetup setup, String code) {
        try {
            return setup.routing().domain(code);
        } catch (ReviewRefusedException e) {
            throw new IllegalStateException("item routed to domain " + code + ", which call " + setup.callId()
                    + " does not have", e);
        }
    }
}
