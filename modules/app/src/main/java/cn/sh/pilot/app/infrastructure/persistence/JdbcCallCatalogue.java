package cn.sh.pilot.app.infrastructure.persistence;

import cn.sh.pilot.app.application.CallCatalogue;
import cn.sh.pilot.app.application.CallView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the calls (pilot_call and its children, reference data from V1) for the console and the REST API.
 * The intake module will own calls and their rules; this read model only shows them.
 */
@ApplicationScoped
@Transactional // every use of the entity manager runs in a transaction (joins the caller's)
public class JdbcCallCatalogue implements CallCatalogue {

    @PersistenceContext(unitName = "pilot")
    private EntityManager em;

    @Override
    public List<CallView> all() {
        List<CallView> calls = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT id, call_year, doc_number, title_zh, title_en, published_on, deadline, term_months,"
                        + " max_extension_months, max_extensions FROM pilot_call ORDER BY call_year DESC").getResultList();
        for (Object[] r : rows) {
            String id = (String) r[0];
            calls.add(new CallView(id, ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4],
                    date(r[5]), date(r[6]), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), ((Number) r[9]).intValue(),
                    projectTypes(id), domains(id), groups(id)));
        }
        return calls;
    }

    @Override
    public Optional<CallView> byId(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private List<CallView.ProjectType> projectTypes(String callId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, name_zh, name_en FROM call_project_type WHERE call_id = ? ORDER BY code DESC")
                .setParameter(1, callId).getResultList();
        return rows.stream().map(r -> new CallView.ProjectType((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    private List<CallView.Domain> domains(String callId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT code, name_zh, name_en, contact_name, contact_phone FROM call_domain WHERE call_id = ? ORDER BY ord")
                .setParameter(1, callId).getResultList();
        return rows.stream().map(r -> new CallView.Domain((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    private List<CallView.DirectionGroup> groups(String callId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT code, name_zh, name_en, domain_code FROM key_direction_group WHERE call_id = ? ORDER BY ord")
                .setParameter(1, callId).getResultList();
        List<CallView.DirectionGroup> groups = new ArrayList<>();
        for (Object[] r : rows) {
            @SuppressWarnings("unchecked")
            List<Object[]> dirs = em.createNativeQuery(
                            "SELECT code, name_zh, name_en FROM key_direction WHERE call_id = ? AND group_code = ? ORDER BY ord")
                    .setParameter(1, callId).setParameter(2, r[0]).getResultList();
            groups.add(new CallView.DirectionGroup((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    dirs.stream().map(d -> new CallView.Direction((String) d[0], (String) d[1], (String) d[2])).toList()));
        }
        return groups;
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
