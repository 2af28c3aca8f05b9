package cn.sh.pilot.projects.infrastructure.persistence;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.application.OutputJournal;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.output.ActivityKind;
import cn.sh.pilot.projects.domain.output.OutputRegistry;
import cn.sh.pilot.projects.domain.output.PublicityActivity;
import cn.sh.pilot.projects.domain.output.StandardLevel;
import cn.sh.pilot.projects.domain.output.StandardStage;
import cn.sh.pilot.projects.domain.output.StandardStatus;
import cn.sh.pilot.projects.domain.project.ProjectNumber;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * {@link OutputJournal} over {@code project_output_change} and {@code project_activity} (native SQL, the caller's
 * transaction). Loading replays each change as a registration (a new level + title) or a stage change.
 */
public final class JpaOutputJournal implements OutputJournal {

    private static final Actor REPLAY = Actor.municipal("replay");

    private final EntityManager em;

    public JpaOutputJournal(EntityManager em) {
        this.em = Objects.requireNonNull(em);
    }

    @Override
    public OutputRegistry load(ProjectNumber project) {
        OutputRegistry registry = new OutputRegistry(project);
        @SuppressWarnings("unchecked")
        List<Object[]> changes = em.createNativeQuery("SELECT level_code, title, stage, stage_date, standard_number"
                + " FROM project_output_change WHERE project_number = ? ORDER BY position")
                .setParameter(1, project.value()).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> activities = em.createNativeQuery("SELECT activity_date, kind, audience, description"
                + " FROM project_activity WHERE project_number = ? ORDER BY position")
                .setParameter(1, project.value()).getResultList();
        try {
            for (Object[] c : changes) {
                StandardStatus status = new StandardStatus(StandardLevel.valueOf((String) c[0]), (String) c[1],
                        StandardStage.valueOf((String) c[2]), (String) c[4]);
                LocalDate date = date(c[3]);
                if (registry.find(status.key()).isEmpty()) {
                    registry.register(status, date, REPLAY, Instant.EPOCH);
                } else {
                    registry.advance(status.key(), status.stage(), date, status.number(), REPLAY, Instant.EPOCH);
                }
            }
            for (Object[] a : activities) {
                registry.record(new PublicityActivity(date(a[0]), ActivityKind.valueOf((String) a[1]),
                        ((Number) a[2]).intValue(), (String) a[3]), REPLAY, Instant.EPOCH);
            }
        } catch (RefusedException e) {
            throw new IllegalStateException("outputs of " + project + " do not replay: " + e.id() + " " + e.detail(), e);
        }
        return registry;
    }

    @Override
    public void appendChange(ProjectNumber project, StandardStatus status, LocalDate date) {
        em.createNativeQuery("INSERT INTO project_output_change (project_number, position, level_code, title, stage,"
                        + " stage_date, standard_number) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, project.value()).setParameter(2, next("project_output_change", project))
                .setParameter(3, status.level().name()).setParameter(4, status.title())
                .setParameter(5, status.stage().name()).setParameter(6, date).setParameter(7, status.number())
                .executeUpdate();
    }

    @Override
    public void appendActivity(ProjectNumber project, PublicityActivity activity) {
        em.createNativeQuery("INSERT INTO project_activity (project_number, position, activity_date, kind, audience,"
                        + " description) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, project.value()).setParameter(2, next("project_activity", project))
                .setParameter(3, activity.date()).setParameter(4, activity.kind().name())
                .setParameter(5, activity.audience()).setParameter(6, activity.description()).executeUpdate();
    }

    private int next(String table, ProjectNumber project) {
        Object max = em.createNativeQuery("SELECT MAX(position) FROM " + table + " WHERE project_number = ?")
                .setParameter(1, project.value()).getSingleResult();
        return max == null ? 1 : ((Number) max).intValue() + 1;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : value instanceof LocalDate l ? l
                : LocalDate.parse(value.toString());
    }
}
