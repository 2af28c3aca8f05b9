package cn.sh.pilot.app.infrastructure.projects;

import cn.sh.pilot.acceptance.domain.evaluation.CriteriaTable;
import cn.sh.pilot.acceptance.domain.evaluation.Criterion;
import cn.sh.pilot.app.application.AcceptanceCriteria;
import cn.sh.pilot.contracts.error.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/** Reads {@code acceptance_criterion} (V41) in the caller's transaction. */
@ApplicationScoped
public class JpaAcceptanceCriteria implements AcceptanceCriteria {

    @PersistenceContext(unitName = "pilot")
    EntityManager em;

    @Override
    public CriteriaTable ofCall(String callId) throws RefusedException {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, name_zh, name_en, weight, max_score FROM acceptance_criterion"
                + " WHERE call_id = ? ORDER BY position").setParameter(1, callId).getResultList();
        return CriteriaTable.of(rows.stream().map(r -> new Criterion((String) r[0], (String) r[1], (String) r[2],
                new BigDecimal(r[3].toString()), new BigDecimal(r[4].toString()))).toList());
    }
}
