package cn.sh.pilot.projects.application;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ApprovedProject;
import cn.sh.pilot.projects.api.ProjectEvent;
import cn.sh.pilot.projects.api.ProjectOpening;
import cn.sh.pilot.projects.api.ProjectsError;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.AttachmentRef;
import cn.sh.pilot.projects.domain.Organisation;
import cn.sh.pilot.projects.domain.output.OutputRegistry;
import cn.sh.pilot.projects.domain.output.PublicityActivity;
import cn.sh.pilot.projects.domain.output.StandardStatus;
import cn.sh.pilot.projects.domain.progress.ProgressReport;
import cn.sh.pilot.projects.domain.progress.ProgressReportPolicy;
import cn.sh.pilot.projects.domain.progress.ProgressReportRepository;
import cn.sh.pilot.projects.domain.project.Applicant;
import cn.sh.pilot.projects.domain.project.Direction;
import cn.sh.pilot.projects.domain.project.EvaluationResult;
import cn.sh.pilot.projects.domain.project.ExtensionRequest;
import cn.sh.pilot.projects.domain.project.GuarantorCode;
import cn.sh.pilot.projects.domain.project.Project;
import cn.sh.pilot.projects.domain.project.ProjectApproval;
import cn.sh.pilot.projects.domain.project.ProjectNumber;
import cn.sh.pilot.projects.domain.project.ProjectRepository;
import cn.sh.pilot.projects.domain.project.ProjectType;
import cn.sh.pilot.projects.domain.project.Term;
import cn.sh.pilot.projects.domain.term.Reminder;
import cn.sh.pilot.projects.domain.term.TermWatch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The projects use cases: open from an approval, the one extension (request by the guarantor, approval or refusal
 * by a municipal approver — never the requester), the clock lists. Each change is saved and written to the audit
 * log in the caller's transaction (the shell's desk opens it and rolls back on {@link RefusedException}); the time
 * is the site clock's.
 */
public final class ProjectService implements ProjectOpening {

    /** The audit log's entity type for projects. */
    public static final String ENTITY = "project";

    private final ProjectRepository projects;
    private final ProgressReportRepository reports;
    private final ReminderLog reminders;
    private final OutputJournal outputs;
    private final AuditTrail audit;
    private final Clock clock;

    public ProjectService(ProjectRepository projects, ProgressReportRepository reports, ReminderLog reminders,
            OutputJournal outputs, AuditTrail audit, Clock clock) {
        this.projects = Objects.requireNonNull(projects);
        this.reports = Objects.requireNonNull(reports);
        this.reminders = Objects.requireNonNull(reminders);
        this.outputs = Objects.requireNonNull(outputs);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public boolean open(ApprovedProject approved) throws RefusedException {
        ProjectNumber number = ProjectNumber.parse(approved.projectNumber());
        if (projects.find(number).isPresent()) {
            return false;
        }
        ProjectType type = "KEY".equals(approved.projectType()) ? ProjectType.KEY : ProjectType.GENERAL;
        Direction direction = approved.directionGroup() == null || approved.direction() == null ? null
                : new Direction(approved.directionGroup(), approved.direction());
        ProjectApproval approval = new ProjectApproval(number, approved.projectName(),
                GuarantorCode.parse(approved.guarantorCode()),
                Applicant.of(approved.applicantName(), approved.applicantUscc()), type, direction,
                new Term(approved.termStart(), approved.termEnd()));
        Project.Opened opened = Project.open(approval, Actor.municipal(approved.approvedBy()), approved.approvedAt());
        projects.save(opened.project());
        record(opened.event());
        return true;
    }

    /** The project, or {@code project-unknown}. */
    public Project get(String number) throws RefusedException {
        return projects.find(ProjectNumber.parse(number))
                .orElseThrow(() -> new RefusedException(ProjectsError.PROJECT_UNKNOWN, number));
    }

    /** Every project (newest number first), or only a guarantor's. */
    public List<Project> list(String guarantorOrNull) throws RefusedException {
        List<Project> all = guarantorOrNull == null ? projects.all()
                : projects.ofGuarantor(GuarantorCode.parse(guarantorOrNull));
        return all.stream().sorted((a, b) -> b.number().value().compareTo(a.number().value())).toList();
    }

    /**
     * The guarantor asks for the one extension (§四(三)); received now by the site clock.
     *
     * @throws RefusedException see {@code ExtensionPolicy.mayRequest}: {@code extension-already-used},
     *                          {@code extension-pending}, {@code extension-not-guarantor}, {@code extension-too-long},
     *                          {@code extension-after-term}, …
     */
    public ExtensionRequest requestExtension(Actor requester, String senderName, String number, int months,
            String reason, List<AttachmentRef> attachments) throws RefusedException {
        Project project = get(number);
        Instant now = clock.instant();
        ExtensionRequest request = new ExtensionRequest(UUID.randomUUID(),
                new Organisation(requester.organisation(), senderName), project.number(), project.term().end(), months,
                reason == null ? "" : reason.strip(), attachments, now);
        return receiveExtension(request, requester, now);
    }

    /** An extension request that came as a package (its own id and submission time), received at {@code receivedAt}. */
    public ExtensionRequest receiveExtension(ExtensionRequest request, Actor requester, Instant receivedAt)
            throws RefusedException {
        Project project = get(request.projectNumber().value());
        record(project.requestExtension(request, requester, receivedAt));
        projects.save(project);
        return request;
    }

    /** A municipal approver approves the pending extension with {@code months} (≤ requested). */
    public Project approveExtension(Actor approver, String number, int months, String reason) throws RefusedException {
        Project project = get(number);
        record(project.approveExtension(months, reason == null ? "" : reason, approver, clock.instant()));
        projects.save(project);
        return project;
    }

    /** A municipal approver refuses the pending extension; the project goes back to in progress. */
    public Project refuseExtension(Actor approver, String number, String reason) throws RefusedException {
        Project project = get(number);
        record(project.refuseExtension(reason == null ? "" : reason, approver, clock.instant()));
        projects.save(project);
        return project;
    }

    /** The guarantor applies for acceptance (§四(一)). */
    public Project applyForAcceptance(Actor guarantorUser, String number) throws RefusedException {
        Project project = get(number);
        record(project.applyForAcceptance(guarantorUser, clock.instant()));
        projects.save(project);
        return project;
    }

    /**
     * Takes a progress report (进展报告): from the guarantor's package, or recorded by a municipal operator.
     * A report id already taken changes nothing.
     *
     * @return false when the report was there already
     * @throws RefusedException {@code document-wrong-project}, {@code progress-project-closed},
     *                          {@code progress-period-invalid}, {@code progress-not-guarantor}, {@code project-unknown}
     */
    public boolean receiveProgress(ProgressReport report, Actor by) throws RefusedException {
        Project project = get(report.projectNumber().value());
        new ProgressReportPolicy().evaluate(project, report, by).orThrow();
        if (reports.find(report.reportId()).isPresent()) {
            return false;
        }
        // the report's standards update the output registry as of its period end, all or nothing
        OutputRegistry registry = outputs.load(project.number());
        List<StandardStatus> changing = report.standards().stream().filter(st -> registry.find(st.key())
                .map(known -> known.stage() != st.stage()).orElse(true)).toList();
        List<ProjectEvent> changes = registry.apply(report.standards(), report.periodEnd(), by, clock.instant());
        reports.save(report);
        record(report.received(by, clock.instant()));
        for (StandardStatus st : changing) {
            outputs.appendChange(project.number(), st, report.periodEnd());
        }
        changes.forEach(this::record);
        return true;
    }

    /** A project's standard outputs and publicity/training activities. */
    public OutputRegistry outputsOf(String number) throws RefusedException {
        return outputs.load(get(number).number());
    }

    /**
     * A municipal operator registers a standard output or records its next stage (立项/征求意见/发布/实施 …) with the
     * day it was reached; a published or implemented standard needs its number.
     *
     * @throws RefusedException {@code municipal-operator-required}, {@code output-stage-backwards},
     *                          {@code output-date-before-previous-stage}, {@code output-number-required}
     */
    public OutputRegistry recordOutput(Actor operator, String number, StandardStatus status, LocalDate date)
            throws RefusedException {
        requireMunicipalOperator(operator);
        Project project = get(number);
        OutputRegistry registry = outputs.load(project.number());
        ProjectEvent event = registry.find(status.key()).isEmpty()
                ? registry.register(status, date, operator, clock.instant())
                : registry.advance(status.key(), status.stage(), date, status.number(), operator, clock.instant());
        outputs.appendChange(project.number(), status, date);
        record(event);
        return registry;
    }

    /** A municipal operator records a publicity or training (宣贯) activity. */
    public OutputRegistry recordActivity(Actor operator, String number, PublicityActivity activity)
            throws RefusedException {
        requireMunicipalOperator(operator);
        Project project = get(number);
        OutputRegistry registry = outputs.load(project.number());
        ProjectEvent event = registry.record(activity, operator, clock.instant());
        outputs.appendActivity(project.number(), activity);
        record(event);
        return registry;
    }

    private static void requireMunicipalOperator(Actor actor) throws RefusedException {
        if (!actor.isMunicipal() || !actor.has(cn.sh.pilot.projects.domain.Role.OPERATOR)) {
            throw new RefusedException(ProjectsError.MUNICIPAL_OPERATOR_REQUIRED, actor.userId() + " @ " + actor.organisation());
        }
    }

    /** A project's progress reports, oldest period first. */
    public List<ProgressReport> progressOf(String number) throws RefusedException {
        return reports.of(ProjectNumber.parse(number));
    }

    /** A municipal operator (or approver) starts the evaluation after the application or after rework. */
    public Project startEvaluation(Actor operator, String number) throws RefusedException {
        Project project = get(number);
        record(project.startEvaluation(operator, clock.instant()));
        projects.save(project);
        return project;
    }

    /** Records the confirmed acceptance result on the project. */
    public Project recordEvaluationResult(Actor operator, String number, EvaluationResult result) throws RefusedException {
        Project project = get(number);
        record(project.recordEvaluationResult(result, operator, clock.instant()));
        projects.save(project);
        return project;
    }

    /** The three lists of the project clock, today by the site clock. */
    public ClockLists clockLists() {
        List<Project> open = projects.open();
        TermWatch watch = new TermWatch(clock);
        return new ClockLists(watch.today(), watch.endingSoon(open), watch.overdue(open), watch.extended(open));
    }

    /**
     * The daily reminder run: every reminder due from the day after the last run (or today, the first time) to today
     * by the site clock, each stored and audited once ({@code project.reminder}); a day the job missed is caught up.
     *
     * @return the reminders created now
     */
    public List<Reminder> remind() {
        TermWatch watch = new TermWatch(clock);
        LocalDate from = reminders.lastRunDay().map(d -> d.plusDays(1)).orElse(watch.today());
        List<Reminder> created = new java.util.ArrayList<>();
        for (Reminder r : watch.remindersSince(projects.open(), from)) {
            if (reminders.add(r, clock.instant())) {
                created.add(r);
                audit.record("project.reminder", ENTITY, r.project().value(), null, Map.of("kind", r.kind().name(),
                        "due", r.due().toString(), "termEnd", r.termEnd().toString(), "days", r.days(),
                        "guarantor", r.guarantor().value()));
            }
        }
        reminders.ranFor(watch.today());
        return created;
    }

    public List<ReminderLog.Stored> recentReminders(String guarantorOrNull, int max) {
        return reminders.recent(guarantorOrNull, max);
    }

    /** Projects ending within 90 days, overdue without an acceptance application, and extended, on {@code today}. */
    public record ClockLists(LocalDate today, List<Project> endingSoon, List<Project> overdue, List<Project> extended) {
    }

    private void record(ProjectEvent event) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", event.after() == null ? null : event.after().name());
        after.put("at", event.at().toString());
        after.put("actor", event.actor());
        after.putAll(event.detail());
        audit.record(event.action(), ENTITY, event.projectNumber(),
                event.before() == null ? null : Map.of("state", event.before().name()), after);
    }
}
