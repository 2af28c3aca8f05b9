package cn.sh.pilot.projects.domain.project;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ProjectEvent;
import cn.sh.pilot.projects.api.ProjectState;
import cn.sh.pilot.projects.api.ProjectsError;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A pilot project after approval (立项): its number, guarantor, applicant, type, direction and term, and its life
 * cycle
 * <pre>
 * IN_PROGRESS ─request─▶ EXTENSION_REQUESTED ─approve─▶ EXTENDED
 *      ▲                          │ refuse
 *      └──────────────────────────┘
 * IN_PROGRESS | EXTENDED ─apply─▶ ACCEPTANCE_APPLIED ─start─▶ UNDER_EVALUATION ─result─▶ PASSED | FAILED | REWORK
 * REWORK ─start─▶ UNDER_EVALUATION;  PASSED | FAILED ─close─▶ CLOSED
 * </pre>
 * Every transition checks its guard, refuses with a {@link ProjectsError} id, and returns the
 * {@link ProjectEvent} the shell writes to the audit log. How many re-evaluations a rework allows is the
 * acceptance module's rule; this aggregate follows its results.
 */
public final class Project {

    private final ProjectNumber number;
    private final String name;
    private final GuarantorCode guarantor;
    private final Applicant applicant;
    private final ProjectType type;
    private final Direction direction;
    private final Term approvedTerm;
    private Term term;
    private ProjectState state;
    private final List<Extension> extensions = new ArrayList<>();
    private long version;

    private Project(ProjectApproval approval) {
        this.number = approval.number();
        this.name = approval.name();
        this.guarantor = approval.guarantor();
        this.applicant = approval.applicant();
        this.type = approval.type();
        this.direction = approval.direction();
        this.approvedTerm = approval.term();
        this.term = approval.term();
        this.state = ProjectState.IN_PROGRESS;
    }

    /**
     * A project as it was stored: its approval, the term in force, its state, every extension request (oldest
     * first) and the version it was saved at. For repositories only; no rule is checked.
     */
    public static Project restore(ProjectApproval approval, Term term, ProjectState state, List<Extension> extensions,
            long version) {
        Project project = new Project(approval);
        project.term = Objects.requireNonNull(term, "term");
        project.state = Objects.requireNonNull(state, "state");
        project.extensions.addAll(extensions);
        project.version = version;
        return project;
    }

    /** What the project was approved with (立项), for storing and for the acceptance module's facts. */
    public ProjectApproval approval() {
        return new ProjectApproval(number, name, guarantor, applicant, type, direction, approvedTerm);
    }

    /** A new project and the event that records its opening. */
    public record Opened(Project project, ProjectEvent event) {
    }

    /**
     * Opens a project from its approval (立项). Refused with {@code term-not-two-years} or
     * {@code key-direction-missing} (see {@link OpeningPolicy}).
     */
    public static Opened open(ProjectApproval approval, Actor by, Instant at) throws RefusedException {
        new OpeningPolicy().evaluate(approval).orThrow();
        Project project = new Project(approval);
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("guarantor", approval.guarantor().value());
        detail.put("applicantUscc", approval.applicant().uscc());
        detail.put("type", approval.type().name());
        detail.put("termStart", approval.term().start().toString());
        detail.put("termEnd", approval.term().end().toString());
        return new Opened(project, new ProjectEvent("project.opened", approval.number().value(), null,
                project.state, by.userId(), at, detail));
    }

    // ---------------------------------------------------------------- extension (§四(三))

    /** The guarantor asks for the one extension; see {@link ExtensionPolicy} for the checks and their order. */
    public ProjectEvent requestExtension(ExtensionRequest request, Actor requester, Instant receivedAt)
            throws RefusedException {
        new ExtensionPolicy().mayRequest(this, request, requester, receivedAt).orThrow();
        extensions.add(new Extension(request, requester, receivedAt));
        return move(ProjectState.EXTENSION_REQUESTED, "project.extension-requested", requester, receivedAt,
                Map.of("requestId", request.requestId().toString(), "months", String.valueOf(request.months()),
                        "termEnd", term.end().toString()));
    }

    /** A municipal approver (not the requester) approves: the term's end moves by the months granted. */
    public ProjectEvent approveExtension(int grantedMonths, String reason, Actor approver, Instant at)
            throws RefusedException {
        new ExtensionPolicy().mayDecide(this, approver, ExtensionOutcome.APPROVED, grantedMonths, reason).orThrow();
        Extension pending = pendingExtension().orElseThrow();
        Term extended = term.extendedBy(grantedMonths);
        pending.decide(new ExtensionDecision(UUID.randomUUID(), pending.request().requestId(), number,
                ExtensionOutcome.APPROVED, grantedMonths, extended.end(), reason.strip(), at), approver);
        String oldEnd = term.end().toString();
        term = extended;
        return move(ProjectState.EXTENDED, "project.extension-approved", approver, at,
                Map.of("requestId", pending.request().requestId().toString(), "months", String.valueOf(grantedMonths),
                        "termEndBefore", oldEnd, "termEnd", term.end().toString()));
    }

    /** A municipal approver (not the requester) refuses: back to in progress; the extension is not used up. */
    public ProjectEvent refuseExtension(String reason, Actor approver, Instant at) throws RefusedException {
        new ExtensionPolicy().mayDecide(this, approver, ExtensionOutcome.REJECTED, 0, reason).orThrow();
        Extension pending = pendingExtension().orElseThrow();
        pending.decide(new ExtensionDecision(UUID.randomUUID(), pending.request().requestId(), number,
                ExtensionOutcome.REJECTED, null, null, reason.strip(), at), approver);
        return move(ProjectState.IN_PROGRESS, "project.extension-refused", approver, at,
                Map.of("requestId", pending.request().requestId().toString(), "termEnd", term.end().toString()));
    }

    // ---------------------------------------------------------------- acceptance (§四(一))

    /**
     * The guarantor applies for acceptance evaluation. Allowed while the term runs or after it ended (an overdue
     * project must still be evaluated), not while an extension request waits for its decision.
     */
    public ProjectEvent applyForAcceptance(Actor guarantorUser, Instant at) throws RefusedException {
        if (state == ProjectState.EXTENSION_REQUESTED) {
            throw new RefusedException(ProjectsError.EXTENSION_PENDING, number.value());
        }
        guard(EnumSet.of(ProjectState.IN_PROGRESS, ProjectState.EXTENDED), ProjectState.ACCEPTANCE_APPLIED);
        if (!guarantor.value().equals(guarantorUser.organisation())) {
            throw new RefusedException(ProjectsError.ACCEPTANCE_NOT_GUARANTOR,
                    guarantorUser.organisation() + " ≠ guarantor " + guarantor);
        }
        return move(ProjectState.ACCEPTANCE_APPLIED, "project.acceptance-applied", guarantorUser, at,
                Map.of("termEnd", term.end().toString()));
    }

    /** A municipal operator starts the (re-)evaluation: after the application, or after rework. */
    public ProjectEvent startEvaluation(Actor operator, Instant at) throws RefusedException {
        guard(EnumSet.of(ProjectState.ACCEPTANCE_APPLIED, ProjectState.REWORK), ProjectState.UNDER_EVALUATION);
        requireMunicipalOperator(operator);
        return move(ProjectState.UNDER_EVALUATION, "project.evaluation-started", operator, at, Map.of());
    }

    /** Records the confirmed acceptance result (translated by the shell from the acceptance module). */
    public ProjectEvent recordEvaluationResult(EvaluationResult result, Actor operator, Instant at)
            throws RefusedException {
        ProjectState target = switch (result) {
            case PASSED -> ProjectState.PASSED;
            case FAILED -> ProjectState.FAILED;
            case REWORK -> ProjectState.REWORK;
        };
        guard(EnumSet.of(ProjectState.UNDER_EVALUATION), target);
        requireMunicipalOperator(operator);
        return move(target, "project.evaluation-result", operator, at, Map.of("result", result.name()));
    }

    /** A municipal operator closes a passed or failed project; nothing changes afterwards. */
    public ProjectEvent close(Actor operator, Instant at) throws RefusedException {
        guard(EnumSet.of(ProjectState.PASSED, ProjectState.FAILED), ProjectState.CLOSED);
        requireMunicipalOperator(operator);
        return move(ProjectState.CLOSED, "project.closed", operator, at, Map.of());
    }

    // ---------------------------------------------------------------- reading

    public ProjectNumber number() {
        return number;
    }

    public String name() {
        return name;
    }

    public GuarantorCode guarantor() {
        return guarantor;
    }

    public Applicant applicant() {
        return applicant;
    }

    public ProjectType type() {
        return type;
    }

    public Optional<Direction> direction() {
        return Optional.ofNullable(direction);
    }

    /** The term as approved (立项), before any extension. */
    public Term approvedTerm() {
        return approvedTerm;
    }

    /** The term in force: the approved one, or the extended one once an extension is approved. */
    public Term term() {
        return term;
    }

    public ProjectState state() {
        return state;
    }

    /** Incremented by every transition (optimistic locking once persisted). */
    public long version() {
        return version;
    }

    /** Every extension request, oldest first, with its decision. */
    public List<Extension> extensions() {
        return Collections.unmodifiableList(extensions);
    }

    public Optional<Extension> pendingExtension() {
        return extensions.stream().filter(Extension::isPending).findFirst();
    }

    /** The one extension of §四(三) has been approved. */
    public boolean extensionUsed() {
        return extensions.stream().anyMatch(Extension::isApproved);
    }

    /** Progress reports are taken until the project is closed. */
    public boolean takesReports() {
        return state != ProjectState.CLOSED;
    }

    // ---------------------------------------------------------------- internals

    private void guard(Set<ProjectState> from, ProjectState to) throws RefusedException {
        if (!from.contains(state)) {
            throw new RefusedException(ProjectsError.PROJECT_TRANSITION_NOT_ALLOWED, state + " → " + to);
        }
    }

    private static void requireMunicipalOperator(Actor actor) throws RefusedException {
        if (!actor.isMunicipal() || !(actor.has(Role.OPERATOR) || actor.has(Role.APPROVER))) {
            throw new RefusedException(ProjectsError.MUNICIPAL_OPERATOR_REQUIRED,
                    actor.userId() + " @ " + actor.organisation());
        }
    }

    private ProjectEvent move(ProjectState to, String action, Actor actor, Instant at, Map<String, String> detail) {
        Objects.requireNonNull(at, "at");
        ProjectState before = state;
        state = to;
        version++;
        return new ProjectEvent(action, number.value(), before, to, actor.userId(), at, detail);
    }
}
