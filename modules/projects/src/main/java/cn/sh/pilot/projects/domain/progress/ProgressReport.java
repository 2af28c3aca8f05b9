package cn.sh.pilot.projects.domain.progress;

import cn.sh.pilot.projects.api.ProjectEvent;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.AttachmentRef;
import cn.sh.pilot.projects.domain.Organisation;
import cn.sh.pilot.projects.domain.output.StandardStatus;
import cn.sh.pilot.projects.domain.project.ProjectNumber;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A guarantor's progress report (进展报告) on one period: status, summary, problems, next steps, the standards'
 * current stages and the funds spent so far. Kept as received; the standards update the project's
 * {@code OutputRegistry}.
 *
 * @param problems {@code null} when none are reported
 */
public record ProgressReport(UUID reportId, Organisation sender, ProjectNumber projectNumber,
                             LocalDate periodStart, LocalDate periodEnd, ProgressStatus status, String summary,
                             List<StandardStatus> standards, BigDecimal fundsSpent, String problems,
                             String nextSteps, List<AttachmentRef> attachments, Instant submitted,
                             ReportSource source) {

    public ProgressReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(projectNumber, "projectNumber");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(fundsSpent, "fundsSpent");
        Objects.requireNonNull(nextSteps, "nextSteps");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(source, "source");
        standards = List.copyOf(standards);
        attachments = List.copyOf(attachments);
    }

    public Optional<String> problemsIfAny() {
        return Optional.ofNullable(problems);
    }

    /** The audit record of its receipt. */
    public ProjectEvent received(Actor by, Instant at) {
        return new ProjectEvent("project.progress-reported", projectNumber.value(), null, null, by.userId(), at,
                Map.of("reportId", reportId.toString(), "periodStart", periodStart.toString(),
                        "periodEnd", periodEnd.toString(), "status", status.name(), "source", source.name()));
    }
}
