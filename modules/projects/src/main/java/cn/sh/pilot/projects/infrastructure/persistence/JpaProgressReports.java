package cn.sh.pilot.projects.infrastructure.persistence;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.domain.progress.ProgressReport;
import cn.sh.pilot.projects.domain.progress.ProgressReportRepository;
import cn.sh.pilot.projects.domain.progress.ReportSource;
import cn.sh.pilot.projects.domain.project.ProjectNumber;
import cn.sh.pilot.projects.infrastructure.xml.ProgressReportMapper;
import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ProgressReportRepository} over {@code project_progress_report}: each report is kept as its schema-valid
 * progress-report document (as received, or as written from the console) beside its key facts.
 */
public final class JpaProgressReports implements ProgressReportRepository {

    private final EntityManager em;
    private final ProgressReportMapper mapper = new ProgressReportMapper();

    public JpaProgressReports(EntityManager em) {
        this.em = Objects.requireNonNull(em);
    }

    @Override
    public Optional<ProgressReport> find(UUID reportId) {
        return Optional.ofNullable(em.find(ProgressRow.class, reportId.toString())).map(this::toDomain);
    }

    @Override
    public List<ProgressReport> of(ProjectNumber project) {
        return em.createQuery("SELECT r FROM ProgressRow r WHERE r.projectNumber = :n ORDER BY r.periodEnd, r.submitted",
                ProgressRow.class).setParameter("n", project.value()).getResultList().stream().map(this::toDomain).toList();
    }

    @Override
    public void save(ProgressReport report) {
        ProgressRow row = em.find(ProgressRow.class, report.reportId().toString());
        boolean fresh = row == null;
        if (fresh) {
            row = new ProgressRow(report.reportId().toString());
        }
        row.projectNumber = report.projectNumber().value();
        row.periodStart = report.periodStart();
        row.periodEnd = report.periodEnd();
        row.status = report.status().name();
        row.source = report.source().name();
        row.submitted = report.submitted().atOffset(ZoneOffset.UTC);
        try {
            row.xml = new String(mapper.write(report), StandardCharsets.UTF_8);
        } catch (RefusedException e) {
            throw new IllegalStateException("progress report " + report.reportId() + " does not map to its schema: "
                    + e.id() + " " + e.detail(), e);
        }
        if (fresh) {
            em.persist(row);
        }
        em.flush();
    }

    private ProgressReport toDomain(ProgressRow row) {
        try {
            ProgressReport r = mapper.read(row.xml.getBytes(StandardCharsets.UTF_8));
            return new ProgressReport(r.reportId(), r.sender(), r.projectNumber(), r.periodStart(), r.periodEnd(),
                    r.status(), r.summary(), r.standards(), r.fundsSpent(), r.problems(), r.nextSteps(), r.attachments(),
                    r.submitted(), ReportSource.valueOf(row.source));
        } catch (RefusedException e) {
            throw new IllegalStateException("stored progress report " + row.reportId + " does not read back: " + e.id(), e);
        }
    }
}
