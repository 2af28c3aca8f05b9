package cn.sh.pilot.intake.infrastructure.persistence;

import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.domain.call.CallId;
import cn.sh.pilot.intake.domain.call.CallRepository;
import cn.sh.pilot.intake.domain.call.Direction;
import cn.sh.pilot.intake.domain.call.DirectionGroup;
import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Calls read from the reference tables of the app's {@code V1__reference_data.sql} ({@code pilot_call},
 * {@code key_direction_group}, {@code key_direction}): a new year's call is new rows, never a release.
 */
public final class JpaCallRepository implements CallRepository {

    private final EntityManager em;

    public JpaCallRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<Call> find(CallId id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, call_year, doc_number, title_zh, published_on, deadline FROM pilot_call WHERE id = ?")
                .setParameter(1, id.value()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new Call(id, ((Number) r[1]).intValue(), (String) r[2], (String) r[3], date(r[4]), date(r[5]),
                groups(id.value())));
    }

    /** The ids of every call, newest first. */
    public List<CallId> ids() {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT id FROM pilot_call ORDER BY call_year DESC").getResultList();
        return rows.stream().map(r -> new CallId((String) r)).toList();
    }

    private List<DirectionGroup> groups(String callId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT code, name_zh, name_en, domain_code FROM key_direction_group WHERE call_id = ? ORDER BY ord")
                .setParameter(1, callId).getResultList();
        List<DirectionGroup> groups = new ArrayList<>();
        for (Object[] g : rows) {
            @SuppressWarnings("unchecked")
            List<Object[]> dirs = em.createNativeQuery(
                            "SELECT code, name_zh, name_en FROM key_direction WHERE call_id = ? AND group_code = ? ORDER BY ord")
                    .setParameter(1, callId).setParameter(2, g[0]).getResultList();
            groups.add(new DirectionGroup((String) g[0], (String) g[1], (String) g[2], (String) g[3],
                    dirs.stream().map(d -> new Direction((String) d[0], (String) d[1], (String) d[2])).toList()));
        }
        return groups;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
