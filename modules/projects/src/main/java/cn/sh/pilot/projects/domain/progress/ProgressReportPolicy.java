package cn.sh.pilot.projects.domain.progress;

import cn.sh.pilot.contracts.error.Verdict;
import cn.sh.pilot.projects.api.ProjectsError;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.Role;
import cn.sh.pilot.projects.domain.project.Project;

/**
 * A progress report is taken for the project it names, while the project is not closed, for a period that ends
 * after it starts and not before approval, from the guarantor (a package) or a municipal operator (typed in from
 * paper). Checked in that order.
 */
public final class ProgressReportPolicy {

    public Verdict<ProjectsError> evaluate(Project project, ProgressReport report, Actor by) {
        if (!project.number().equals(report.projectNumber())) {
            return Verdict.refuse(ProjectsError.DOCUMENT_WRONG_PROJECT,
                    report.projectNumber() + " ≠ " + project.number());
        }
        if (!project.takesReports()) {
            return Verdict.refuse(ProjectsError.PROGRESS_PROJECT_CLOSED, project.number().value());
        }
        if (report.periodEnd().isBefore(report.periodStart())
                || report.periodStart().isBefore(project.approvedTerm().start())) {
            return Verdict.refuse(ProjectsError.PROGRESS_PERIOD_INVALID,
                    report.periodStart() + " → " + report.periodEnd() + ", approved " + project.approvedTerm().start());
        }
        boolean allowed = switch (report.source()) {
            case PACKAGE -> project.guarantor().value().equals(by.organisation())
                    && project.guarantor().value().equals(report.sender().code());
            case OPERATOR -> by.isMunicipal() && by.has(Role.OPERATOR);
        };
        if (!allowed) {
            return Verdict.refuse(ProjectsError.PROGRESS_NOT_GUARANTOR,
                    report.source() + " by " + by.userId() + " @ " + by.organisation());
        }
        return Verdict.allow();
    }
}
