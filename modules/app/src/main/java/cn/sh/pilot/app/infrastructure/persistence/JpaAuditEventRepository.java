package cn.sh.pilot.app.infrastructure.persistence;

import cn.sh.pilot.app.domain.audit.AuditEvent;
import cn.sh.pilot.app.domain.audit.AuditEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
@Transactional // every use of the entity manager runs in a transaction (joins the caller's)
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext(unitName = "pilot")
    private EntityManager em;

    @Override
    public Head lockHead() {
        // A row lock both H2 and PostgreSQL honour; held until the surrounding transaction ends.
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").getSingleResult();
        return new Head(((Number) row[0]).longValue(), (String) row[1]);
    }

    @Override
    public Head head() {
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1").getSingleResult();
        return new Head(((Number) row[0]).longValue(), (String) row[1]);
    }

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
        em.flush();
        int updated = em.createNativeQuery("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1 AND last_id = ?")
                .setParameter(1, event.id())
                .setParameter(2, event.hash())
                .setParameter(3, event.id() - 1)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("audit chain head moved while locked; append refused");
        }
    }

    @Override
    public List<AuditEvent> batchAfter(long afterId, int max) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.id > :after ORDER BY e.id", AuditEvent.class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<AuditEvent> page(int first, int max) {
        return em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.id DESC", AuditEvent.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e", Long.class).getSingleResult();
    }

    @Override
    public long countSince(OffsetDateTime since) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.occurredAt >= :since", Long.class)
                .setParameter("since", since)
                .getSingleResult();
    }
}
