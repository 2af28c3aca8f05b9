package cn.sh.pilot.review.infrastructure.persistence;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.item.CheckItem;
import cn.sh.pilot.review.domain.item.Checklist;
import cn.sh.pilot.review.domain.item.ReviewSetup;
import cn.sh.pilot.review.domain.routing.ReviewDomain;
import cn.sh.pilot.review.domain.routing.RoutingTable;
import cn.sh.pilot.review.domain.scoring.CriteriaTable;
import cn.sh.pilot.review.domain.scoring.Criterion;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A call's review setup from the reference data: {@code call_domain}, {@code key_direction_group.domain_code},
 * {@code review_kind_domain}, {@code review_checklist}, {@code review_criterion} and the call's year and term.
 */
public final class JpaReviewSetups {

    private final EntityManager em;

    public JpaReviewSetups(EntityManager em) {
        this.em = Objects.requireNonNull(em);
    }

    public ReviewSetup of(CallId call) throws ReviewRefusedException {
        List<?> callRows = em.createNativeQuery("SELECT call_year, term_months FROM pilot_call WHERE id = ?1")
                .setParameter(1, call.value()).getResultList();
        List<Object[]> domains = rows("SELECT code, name_zh, name_en, contact_name, contact_phone FROM call_domain"
                + " WHERE call_id = ?1 ORDER BY ord", call);
        List<Object[]> checks = rows("SELECT code, name_zh, name_en, key_only FROM review_checklist WHERE call_id = ?1"
                + " ORDER BY ord", call);
        List<Object[]> criteria = rows("SELECT code, name_zh, name_en, max_points, weight FROM review_criterion"
                + " WHERE call_id = ?1 ORDER BY ord", call);
        if (callRows.isEmpty() || domains.isEmpty() || checks.isEmpty() || criteria.isEmpty()) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.REVIEW_SETUP_MISSING, call.value()));
        }
        Object[] c = (Object[]) callRows.get(0);
        Map<String, String> byGroup = new LinkedHashMap<>();
        rows("SELECT code, domain_code FROM key_direction_group WHERE call_id = ?1", call)
                .forEach(r -> byGroup.put((String) r[0], (String) r[1]));
        Map<String, String> byKind = new LinkedHashMap<>();
        rows("SELECT pilot_kind, domain_code FROM review_kind_domain WHERE call_id = ?1", call)
                .forEach(r -> byKind.put((String) r[0], (String) r[1]));
        RoutingTable routing = new RoutingTable(call, domains.stream().map(r -> new ReviewDomain((String) r[0],
                (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList(), byGroup, byKind);
        Checklist checklist = new Checklist(checks.stream().map(r -> new CheckItem((String) r[0], (String) r[1],
                (String) r[2], Boolean.TRUE.equals(r[3]))).toList());
        CriteriaTable table = CriteriaTable.of(call, criteria.stream().map(r -> new Criterion((String) r[0],
                (String) r[1], (String) r[2], decimal(r[3]), decimal(r[4]))).toList());
        return new ReviewSetup(call, ((Number) c[0]).intValue(), ((Number) c[1]).intValue(), routing, checklist, table);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, CallId call) {
        return em.createNativeQuery(sql).setParameter(1, call.value()).getResultList();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
