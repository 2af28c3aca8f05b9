package cn.sh.pilot.app.infrastructure.persistence;

import cn.sh.pilot.app.domain.user.UserAccount;
import cn.sh.pilot.app.domain.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
@Transactional // every use of the entity manager runs in a transaction (joins the caller's)
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "pilot")
    private EntityManager em;

    @Override
    public Optional<UserAccount> byUsername(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
        em.flush();
    }

    @Override
    public List<UserAccount> page(Optional<Set<String>> recommenders, SortKey sort, boolean ascending, int first, int max) {
        String column = switch (sort) {
            case USERNAME -> "u.username";
            case DISPLAY_NAME -> "u.displayName";
            case RECOMMENDER -> "u.recommenderCode";
            case CREATED -> "u.createdAt";
        };
        String order = " ORDER BY " + column + (ascending ? " ASC" : " DESC") + ", u.id";
        TypedQuery<UserAccount> q = em.createQuery("SELECT u FROM UserAccount u" + where(recommenders) + order, UserAccount.class);
        recommenders.ifPresent(codes -> q.setParameter("codes", codes.isEmpty() ? Set.of("\u0000") : codes));
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(Optional<Set<String>> recommenders) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(u) FROM UserAccount u" + where(recommenders), Long.class);
        recommenders.ifPresent(codes -> q.setParameter("codes", codes.isEmpty() ? Set.of("\u0000") : codes));
        return q.getSingleResult();
    }

    private static String where(Optional<Set<String>> recommenders) {
        return recommenders.isPresent() ? " WHERE u.recommenderCode IN :codes" : "";
    }

    @Override
    public List<UserAccount> all() {
        return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class).getResultList();
    }

    @Override
    public long countEnabledAdminsOtherThan(long id) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.enabled = TRUE AND u.id <> :id", UserAccount.class)
                .setParameter("id", id)
                .getResultStream()
                .filter(u -> u.roles().contains(cn.sh.pilot.app.domain.security.Role.ADMIN))
                .count();
    }
}
