package cn.sh.pilot.projects.domain.progress;

import cn.sh.pilot.projects.domain.project.ProjectNumber;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where progress reports are kept; a report id seen twice is the same report (idempotent import). */
public interface ProgressReportRepository {

    Optional<ProgressReport> find(UUID reportId);

    /** A project's reports, oldest period first. */
    List<ProgressReport> of(ProjectNumber project);

    void save(ProgressReport report);
}
