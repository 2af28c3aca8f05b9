package cn.sh.pilot.projects.infrastructure.persistence;

import cn.sh.pilot.projects.application.ReminderLog;
import cn.sh.pilot.projects.domain.project.GuarantorCode;
import cn.sh.pilot.projects.domain.project.ProjectNumber;
import cn.sh.pilot.projects.domain.term.Reminder;
import cn.sh.pilot.projects.domain.term.ReminderKind;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link ReminderLog} over {@code project_reminder} and the one-row {@code project_reminder_run}, in the caller's transaction. */
public final class JpaReminderLog implements ReminderLog {

    private final EntityManager em;

    public JpaReminderLog(EntityManager em) {
        this.em = Objects.requireNonNull(em);
    }

    @Override
    public boolean add(Reminder r, Instant created) {
        if (em.find(ReminderRow.class, new ReminderRow.Key(r.project().value(), r.kind().name(), r.due())) != null) {
            return false;
        }
        ReminderRow row = new ReminderRow();
        row.projectNumber = r.project().value();
        row.kind = r.kind().name();
        row.due = r.due();
        row.guarantor = r.guarantor().value();
        row.termEnd = r.termEnd();
        row.days = r.days();
        row.created = created.atOffset(ZoneOffset.UTC);
        em.persist(row);
        return true;
    }

    @Override
    public List<Stored> recent(String guarantorOrNull, int max) {
        var query = guarantorOrNull == null
                ? em.createQuery("SELECT r FROM ReminderRow r ORDER BY r.due DESC, r.projectNumber", ReminderRow.class)
                : em.createQuery("SELECT r FROM ReminderRow r WHERE r.guarantor = :g ORDER BY r.due DESC, r.projectNumber",
                        ReminderRow.class).setParameter("g", guarantorOrNull);
        return query.setMaxResults(max).getResultList().stream().map(r -> new Stored(new Reminder(
                new ProjectNumber(r.projectNumber), new GuarantorCode(r.guarantor), ReminderKind.valueOf(r.kind), r.due,
                r.termEnd, r.days), r.created.toInstant())).toList();
    }

    @Override
    public Optional<LocalDate> lastRunDay() {
        List<?> rows = em.createNativeQuery("SELECT last_day FROM project_reminder_run WHERE id = 1 FOR UPDATE").getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(toDate(rows.get(0)));
    }

    @Override
    public void ranFor(LocalDate day) {
        em.createNativeQuery("UPDATE project_reminder_run SET last_day = ? WHERE id = 1").setParameter(1, day).executeUpdate();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : LocalDate.parse(value.toString());
    }
}
