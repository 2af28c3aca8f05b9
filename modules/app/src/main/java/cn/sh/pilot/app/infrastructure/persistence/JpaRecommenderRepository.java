package cn.sh.pilot.app.infrastructure.persistence;

import cn.sh.pilot.app.domain.recommender.Recommender;
import cn.sh.pilot.app.domain.recommender.RecommenderKind;
import cn.sh.pilot.app.domain.recommender.RecommenderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
@Transactional // every use of the entity manager runs in a transaction (joins the caller's)
public class JpaRecommenderRepository implements RecommenderRepository {

    @PersistenceContext(unitName = "pilot")
    private EntityManager em;

    @Override
    public Optional<Recommender> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Recommender.class, code));
    }

    @Override
    public void add(Recommender recommender) {
        em.persist(recommender);
        em.flush();
    }

    @Override
    public List<Recommender> page(Optional<Set<String>> codes, RecommenderKind kind, SortKey sort, boolean ascending, int first, int max) {
        String column = switch (sort) {
            case CODE -> "r.code";
            case KIND -> "r.kind";
            case NAME -> "r.nameZh";
            case ACTIVE -> "r.active";
        };
        TypedQuery<Recommender> q = em.createQuery("SELECT r FROM Recommender r" + where(codes, kind)
                + " ORDER BY " + column + (ascending ? " ASC" : " DESC") + ", r.code", Recommender.class);
        bind(q, codes, kind);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(Optional<Set<String>> codes, RecommenderKind kind) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(r) FROM Recommender r" + where(codes, kind), Long.class);
        bind(q, codes, kind);
        return q.getSingleResult();
    }

    private static String where(Optional<Set<String>> codes, RecommenderKind kind) {
        List<String> conditions = new ArrayList<>();
        codes.ifPresent(c -> conditions.add("r.code IN :codes"));
        if (kind != null) {
            conditions.add("r.kind = :kind");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> q, Optional<Set<String>> codes, RecommenderKind kind) {
        codes.ifPresent(c -> q.setParameter("codes", c.isEmpty() ? Set.of("\u0000") : c));
        if (kind != null) {
            q.setParameter("kind", kind);
        }
    }

    @Override
    public List<Recommender> usableForOperators() {
        return em.createQuery("SELECT r FROM Recommender r WHERE r.active = TRUE AND r.kind <> :municipal ORDER BY r.kind DESC, r.code",
                        Recommender.class)
                .setParameter("municipal", RecommenderKind.MUNICIPAL)
                .getResultList();
    }

    @Override
    public Map<RecommenderKind, Long> countByKind() {
        Map<RecommenderKind, Long> counts = new EnumMap<>(RecommenderKind.class);
        for (RecommenderKind k : RecommenderKind.values()) {
            counts.put(k, 0L);
        }
        for (Object[] row : em.createQuery("SELECT r.kind, COUNT(r) FROM Recommender r WHERE r.active = TRUE GROUP BY r.kind", Object[].class)
                .getResultList()) {
            counts.put((RecommenderKind) row[0], (Long) row[1]);
        }
        return counts;
    }
}
