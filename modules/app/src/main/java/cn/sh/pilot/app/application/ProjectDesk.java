package cn.sh.pilot.app.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ApprovedProject;
import cn.sh.pilot.projects.application.ProjectService;
import cn.sh.pilot.projects.application.ReminderLog;
import cn.sh.pilot.projects.domain.term.Reminder;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.output.OutputRegistry;
import cn.sh.pilot.projects.domain.output.PublicityActivity;
import cn.sh.pilot.projects.domain.output.StandardStatus;
import cn.sh.pilot.projects.domain.progress.ProgressReport;
import cn.sh.pilot.projects.domain.project.Extension;
import cn.sh.pilot.projects.domain.project.ExtensionDecision;
import cn.sh.pilot.projects.domain.project.ExtensionRequest;
import cn.sh.pilot.projects.domain.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The projects desk: each use case of {@link ProjectService} in one transaction (the audit entry commits with the
 * change or not at all; a refusal rolls back). Who acts is passed in as the projects module's {@link Actor};
 * {@link #actor(CurrentUser, String)} translates the signed-in user.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
public class ProjectDesk {

    /** The municipal bureau's name as the sender of decisions. */
    public static final String BUREAU = "上海市市场监督管理局";

    @Inject
    ProjectService projects;
    @Inject
    GuarantorMail mail;
    @Inject
    Clock clock;

    /** The signed-in user as projects sees them (see {@link Who#of}). */
    public static Actor actor(CurrentUser user, String actingFor) {
        return Who.of(user, actingFor).forProjects();
    }

    public boolean open(ApprovedProject approved) throws RefusedException {
        return projects.open(approved);
    }

    public Project get(String number) throws RefusedException {
        return projects.get(number);
    }

    public List<Project> list(String guarantorOrNull) throws RefusedException {
        return projects.list(guarantorOrNull);
    }

    public ExtensionRequest requestExtension(Actor requester, String senderName, String number, int months,
            String reason) throws RefusedException {
        return projects.requestExtension(requester, senderName, number, months, reason, List.of());
    }

    /** An extension request from the guarantor's package, received now. */
    public ExtensionRequest receiveExtension(ExtensionRequest request, Who sender) throws RefusedException {
        return projects.receiveExtension(request, sender.forProjects(), clock.instant());
    }

    /** A progress report from the guarantor's package (or recorded by an operator). */
    public boolean receiveProgress(ProgressReport report, Who by) throws RefusedException {
        return projects.receiveProgress(report, by.forProjects());
    }

    public List<ProgressReport> progressOf(String number) throws RefusedException {
        return projects.progressOf(number);
    }

    /** Approves the pending extension; the signed extension decision goes to the guarantor. */
    public Project approveExtension(Actor approver, String number, int months, String reason) throws RefusedException {
        return decided(projects.approveExtension(approver, number, months, reason));
    }

    /** Refuses the pending extension; the signed extension decision goes to the guarantor. */
    public Project refuseExtension(Actor approver, String number, String reason) throws RefusedException {
        return decided(projects.refuseExtension(approver, number, reason));
    }

    private Project decided(Project project) throws RefusedException {
        Extension last = project.extensions().get(project.extensions().size() - 1);
        ExtensionDecision decision = last.decision().orElseThrow();
        mail.sendExtensionDecision(project.guarantor().value(), decision);
        return project;
    }

    public Project applyForAcceptance(Actor guarantorUser, String number) throws RefusedException {
        return projects.applyForAcceptance(guarantorUser, number);
    }

    public OutputRegistry outputsOf(String number) throws RefusedException {
        return projects.outputsOf(number);
    }

    public OutputRegistry recordOutput(Actor operator, String number, StandardStatus status, LocalDate date)
            throws RefusedException {
        return projects.recordOutput(operator, number, status, date);
    }

    public OutputRegistry recordActivity(Actor operator, String number, PublicityActivity activity)
            throws RefusedException {
        return projects.recordActivity(operator, number, activity);
    }

    /** The daily reminder run (see {@link ProjectService#remind()}). */
    public List<Reminder> remind() {
        return projects.remind();
    }

    public List<ReminderLog.Stored> recentReminders(String guarantorOrNull, int max) {
        return projects.recentReminders(guarantorOrNull, max);
    }

    public ProjectService.ClockLists clockLists() {
        return projects.clockLists();
    }
}
