package cn.sh.pilot.projects.infrastructure.persistence;

import cn.sh.pilot.projects.api.ProjectState;
import cn.sh.pilot.projects.domain.project.Extension;
import cn.sh.pilot.projects.domain.project.GuarantorCode;
import cn.sh.pilot.projects.domain.project.Project;
import cn.sh.pilot.projects.domain.project.ProjectNumber;
import cn.sh.pilot.projects.domain.project.ProjectRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ProjectRepository} over {@code project} and {@code project_extension}, in the caller's transaction. A
 * project row is read with a pessimistic lock so two decisions on one project queue up instead of both passing
 * their checks; saving a project whose stored version moved on since it was read is refused.
 */
public final class JpaProjects implements ProjectRepository {

    private final EntityManager em;

    public JpaProjects(EntityManager em) {
        this.em = Objects.requireNonNull(em);
    }

    @Override
    public Optional<Project> find(ProjectNumber number) {
        ProjectEntity row = em.find(ProjectEntity.class, number.value(), LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(row).map(r -> r.toDomain(extensionsOf(number.value())));
    }

    @Override
    public List<Project> all() {
        return load(em.createQuery("SELECT p FROM ProjectEntity p", ProjectEntity.class).getResultList());
    }

    @Override
    public List<Project> ofGuarantor(GuarantorCode guarantor) {
        return load(em.createQuery("SELECT p FROM ProjectEntity p WHERE p.guarantor = :g", ProjectEntity.class)
                .setParameter("g", guarantor.value()).getResultList());
    }

    @Override
    public List<Project> open() {
        return load(em.createQuery("SELECT p FROM ProjectEntity p WHERE p.state <> :closed", ProjectEntity.class)
                .setParameter("closed", ProjectState.CLOSED).getResultList());
    }

    @Override
    public void save(Project project) {
        String number = project.number().value();
        ProjectEntity row = em.find(ProjectEntity.class, number);
        if (row == null) {
            row = new ProjectEntity(number);
            row.copy(project);
            em.persist(row);
        } else {
            if (row.version() > project.version()) {
                throw new OptimisticLockException("project " + number + " changed since it was read");
            }
            row.copy(project);
        }
        for (Extension e : project.extensions()) {
            String id = e.request().requestId().toString();
            ExtensionRow ext = em.find(ExtensionRow.class, id);
            if (ext == null) {
                ext = new ExtensionRow(id);
                ext.copy(e);
                em.persist(ext);
            } else {
                ext.copy(e);
            }
        }
        em.flush();
    }

    private List<Project> load(List<ProjectEntity> rows) {
        return rows.stream().map(r -> r.toDomain(extensionsOf(r.number()))).toList();
    }

    private List<Extension> extensionsOf(String number) {
        return em.createQuery("SELECT e FROM ExtensionRow e WHERE e.projectNumber = :n ORDER BY e.receivedAt",
                        ExtensionRow.class)
                .setParameter("n", number).getResultList().stream().map(ExtensionRow::toDomain).toList();
    }
}
