package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.CurrentUser;
import cn.sh.pilot.app.application.ProjectDesk;
import cn.sh.pilot.app.domain.security.Role;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.application.ProjectService;
import cn.sh.pilot.projects.domain.output.ActivityKind;
import cn.sh.pilot.projects.domain.output.OutputRegistry;
import cn.sh.pilot.projects.domain.output.PublicityActivity;
import cn.sh.pilot.projects.domain.output.StandardLevel;
import cn.sh.pilot.projects.domain.output.StandardStage;
import cn.sh.pilot.projects.domain.output.StandardStatus;
import cn.sh.pilot.projects.domain.project.Extension;
import cn.sh.pilot.projects.domain.project.Project;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * {@code /projects/index.xhtml} (试点项目): every project with its term in force, and the three clock lists — ending
 * within 90 days, overdue without an acceptance application, extended — today by the site clock.
 * {@code /projects/project.xhtml?number=}: the project's term (approved and in force), its extension requests with
 * their decisions; a municipal operator records the guarantor's request (延期申请), a municipal approver — not the one
 * who recorded it — approves or refuses it (four eyes, notice §四(三)).
 */
@Named
@RequestScoped
public class ProjectsPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(cn.sh.pilot.app.application.ShanghaiTime.ZONE);

    @Inject
    ProjectDesk desk;
    @Inject
    CurrentUser user;
    @Inject
    LocaleSelector locale;

    private String number;
    private Integer months = 6;
    private String reason;
    private String senderName;
    private ProjectService.ClockLists lists;
    private Optional<Project> project;
    private String refusal;

    /** One project as the tables show it. */
    public record Row(String number, String name, String guarantor, String applicant, String type, String state,
                      String start, String end, String approvedEnd, long daysLeft) {
    }

    /** One extension request with its decision. */
    public record ExtensionLine(String requestId, int months, String reason, String requestedBy, String receivedAt,
                                String outcome, String granted, String newEnd, String decisionReason,
                                String decidedBy, String decidedAt) {
    }

    private ProjectService.ClockLists lists() {
        if (lists == null) {
            lists = desk.clockLists();
        }
        return lists;
    }

    public String getToday() {
        return lists().today().toString();
    }

    public List<Row> getAll() throws RefusedException {
        return rows(desk.list(user.recommenderCode()));
    }

    public List<Row> getEndingSoon() {
        return rows(visible(lists().endingSoon()));
    }

    public List<Row> getOverdue() {
        return rows(visible(lists().overdue()));
    }

    public List<Row> getExtended() {
        return rows(visible(lists().extended()));
    }

    /** One reminder as the console lists it. */
    public record ReminderLine(String number, String guarantor, String kind, String due, String termEnd, long days,
                               String created) {
    }

    public List<ReminderLine> getReminders() {
        return desk.recentReminders(user.recommenderCode(), 100).stream().map(s -> new ReminderLine(
                s.reminder().project().value(), s.reminder().guarantor().value(), s.reminder().kind().name(),
                s.reminder().due().toString(), s.reminder().termEnd().toString(), s.reminder().days(),
                TIME.format(s.created()))).toList();
    }

    private List<Project> visible(List<Project> projects) {
        String own = user.recommenderCode();
        return own == null ? projects : projects.stream().filter(p -> p.guarantor().value().equals(own)).toList();
    }

    private List<Row> rows(List<Project> projects) {
        return projects.stream().map(p -> new Row(p.number().value(), p.name(), p.guarantor().value(),
                p.applicant().name(), p.type().name(), p.state().name(), p.term().start().toString(),
                p.term().end().toString(), p.approvedTerm().end().toString(),
                p.term().daysLeftOn(lists().today()))).toList();
    }

    // ------------------------------------------------------------------ detail

    private Optional<Project> project() {
        if (number == null) {
            number = Texts.requestParameter("number");
        }
        if (project == null) {
            try {
                Project p = number == null ? null : desk.get(number);
                String own = user.recommenderCode();
                project = Optional.ofNullable(p).filter(x -> own == null || x.guarantor().value().equals(own));
            } catch (RefusedException e) {
                project = Optional.empty();
            }
        }
        return project;
    }

    public Row getProject() {
        return project().map(p -> rows(List.of(p)).get(0)).orElse(null);
    }

    public boolean isExtensionUsed() {
        return project().map(Project::extensionUsed).orElse(false);
    }

    public boolean isPending() {
        return project().flatMap(Project::pendingExtension).isPresent();
    }

    public List<ExtensionLine> getExtensions() {
        return project().map(p -> p.extensions().stream().map(this::line).toList()).orElse(List.of());
    }

    private ExtensionLine line(Extension e) {
        return new ExtensionLine(e.request().requestId().toString(), e.months(), e.request().reason(),
                e.requestedBy().userId() + " (" + e.requestedBy().organisation() + ")", TIME.format(e.receivedAt()),
                e.decision().map(d -> d.outcome().name()).orElse("PENDING"),
                e.decision().map(d -> d.grantedMonths() == null ? "—" : d.grantedMonths().toString()).orElse("—"),
                e.decision().map(d -> d.newTermEnd() == null ? "—" : d.newTermEnd().toString()).orElse("—"),
                e.decision().map(d -> d.reason()).orElse(""),
                e.decidedBy().map(a -> a.userId()).orElse(""),
                e.decision().map(d -> TIME.format(d.decided())).orElse(""));
    }

    /** One progress report as the detail page lists it. */
    public record ProgressLine(String period, String status, String summary, String fundsSpent, String standards,
                               String source, String submitted) {
    }

    public List<ProgressLine> getProgress() {
        if (project().isEmpty()) {
            return List.of();
        }
        try {
            return desk.progressOf(number).stream().map(r -> new ProgressLine(r.periodStart() + " — " + r.periodEnd(),
                    r.status().name(), r.summary(), r.fundsSpent().toPlainString(),
                    r.standards().stream().map(x -> x.level() + " · " + (x.number() == null ? "—" : x.number()) + " · "
                            + x.title() + " · " + x.stage().name()).collect(java.util.stream.Collectors.joining("；")),
                    r.source().name(), TIME.format(r.submitted()))).toList();
        } catch (RefusedException e) {
            return List.of();
        }
    }

    /** One standard output: level, number, title, stage and the day it was reached, with its stage history. */
    public record OutputLine(String level, String number, String title, String stage, String date, String history) {
    }

    /** One publicity or training activity. */
    public record ActivityLine(String date, String kind, int audience, String description) {
    }

    private OutputRegistry registry;

    private Optional<OutputRegistry> registry() {
        if (registry == null && project().isPresent()) {
            try {
                registry = desk.outputsOf(number);
            } catch (RefusedException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(registry);
    }

    public List<OutputLine> getOutputs() {
        return registry().map(r -> r.outputs().stream().map(o -> new OutputLine(o.level().name(),
                o.number().orElse("—"), o.title(), o.stage().name(), o.date().toString(),
                o.history().stream().map(h -> h.stage().name() + " " + h.date())
                        .collect(java.util.stream.Collectors.joining(" → ")))).toList()).orElse(List.of());
    }

    public List<ActivityLine> getActivities() {
        return registry().map(r -> r.activities().stream().map(a -> new ActivityLine(a.date().toString(),
                a.kind().name(), a.audience(), a.description())).toList()).orElse(List.of());
    }

    public List<String> getLevels() {
        return java.util.Arrays.stream(StandardLevel.values()).map(Enum::name).toList();
    }

    public List<String> getStages() {
        return java.util.Arrays.stream(StandardStage.values()).map(Enum::name).toList();
    }

    public List<String> getActivityKinds() {
        return java.util.Arrays.stream(ActivityKind.values()).map(Enum::name).toList();
    }

    public String recordOutput() {
        return act(() -> {
            java.time.LocalDate day = parseDate(outputDate);
            desk.recordOutput(ProjectDesk.actor(user, null), number, new StandardStatus(StandardLevel.valueOf(outputLevel),
                    outputTitle == null ? "" : outputTitle.strip(), StandardStage.valueOf(outputStage),
                    outputNumber == null || outputNumber.isBlank() ? null : outputNumber.strip()), day);
            Texts.info("project.output.recorded", number);
        });
    }

    public String recordActivity() {
        return act(() -> {
            desk.recordActivity(ProjectDesk.actor(user, null), number, new PublicityActivity(parseDate(activityDate),
                    ActivityKind.valueOf(activityKind), audience == null ? -1 : audience,
                    activityDescription == null ? "" : activityDescription.strip()));
            Texts.info("project.activity.recorded", number);
        });
    }

    private static java.time.LocalDate parseDate(String text) throws RefusedException {
        try {
            return java.time.LocalDate.parse(text == null ? "" : text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RefusedException(cn.sh.pilot.projects.api.ProjectsError.ACTIVITY_INVALID, "date " + text);
        }
    }

    private String outputLevel = "LOCAL";
    private String outputTitle;
    private String outputStage = "APPROVED_FOR_DRAFTING";
    private String outputDate;
    private String outputNumber;
    private String activityDate;
    private String activityKind = "TRAINING";
    private Integer audience;
    private String activityDescription;

    public String getOutputLevel() { return outputLevel; }
    public void setOutputLevel(String v) { outputLevel = v; }
    public String getOutputTitle() { return outputTitle; }
    public void setOutputTitle(String v) { outputTitle = v; }
    public String getOutputStage() { return outputStage; }
    public void setOutputStage(String v) { outputStage = v; }
    public String getOutputDate() { return outputDate; }
    public void setOutputDate(String v) { outputDate = v; }
    public String getOutputNumber() { return outputNumber; }
    public void setOutputNumber(String v) { outputNumber = v; }
    public String getActivityDate() { return activityDate; }
    public void setActivityDate(String v) { activityDate = v; }
    public String getActivityKind() { return activityKind; }
    public void setActivityKind(String v) { activityKind = v; }
    public Integer getAudience() { return audience; }
    public void setAudience(Integer v) { audience = v; }
    public String getActivityDescription() { return activityDescription; }
    public void setActivityDescription(String v) { activityDescription = v; }

    public boolean isMayRecord() {
        return user.has(Role.MUNICIPAL_OPERATOR) || user.has(Role.RECOMMENDER_OPERATOR);
    }

    public boolean isMayDecide() {
        return user.has(Role.APPROVER);
    }

    public String requestExtension() {
        return act(() -> {
            Project p = project().orElseThrow();
            desk.requestExtension(ProjectDesk.actor(user, p.guarantor().value()),
                    senderName == null || senderName.isBlank() ? p.guarantor().value() : senderName.strip(),
                    number, months == null ? 0 : months, reason);
            Texts.info("project.extension.recorded", number);
        });
    }

    public String approveExtension() {
        return act(() -> {
            desk.approveExtension(ProjectDesk.actor(user, null), number, months == null ? 0 : months, reason);
            Texts.info("project.extension.approved", number);
        });
    }

    public String refuseExtension() {
        return act(() -> {
            desk.refuseExtension(ProjectDesk.actor(user, null), number, reason);
            Texts.info("project.extension.refused", number);
        });
    }

    private interface Step {
        void run() throws RefusedException;
    }

    private String act(Step step) {
        if (project().isEmpty()) {
            Texts.error("project.unknown");
            return null;
        }
        try {
            step.run();
            return "/projects/project.xhtml?faces-redirect=true&number=" + number;
        } catch (RefusedException e) {
            refusal = Texts.refusalLine(e, locale.isEnglish());
            project = null;
            registry = null;
            Texts.error("project.refused");
            return null;
        }
    }

    public String getRefusal() {
        return refusal;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
        this.project = null; // read again for this number (a postback sets it after the first reads)
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }
}
