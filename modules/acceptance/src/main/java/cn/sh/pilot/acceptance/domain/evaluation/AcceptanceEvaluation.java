package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.acceptance.api.AcceptanceError;
import cn.sh.pilot.acceptance.api.AcceptanceEvent;
import cn.sh.pilot.acceptance.api.EvaluationState;
import cn.sh.pilot.acceptance.domain.Actor;
import cn.sh.pilot.acceptance.domain.Organisation;
import cn.sh.pilot.acceptance.domain.Role;
import cn.sh.pilot.acceptance.domain.Shanghai;
import cn.sh.pilot.contracts.error.RefusedException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
 * The acceptance evaluation of one project (验收评估, §四(一), §四(四)), opened by the guarantor's application:
 * <pre>
 * PANEL_FORMING ─start scoring─▶ SCORING ─propose─▶ PROPOSED ─confirm─▶ PASSED | FAILED | REWORK_REQUIRED
 *                                   ▲                   │ return
 *                                   └───────────────────┘
 * REWORK_REQUIRED ─resubmit─▶ SCORING (next round, same panel, fresh scores)
 * </pre>
 * Experts are assigned past the {@link ConflictOfInterestPolicy}; the panel needs
 * {@link EvaluationRules#minimumPanel()} experts; each scores every criterion once ({@link ScoringPolicy}); the
 * {@link ResultPolicy} computes the result; an operator proposes it, with a benchmark nomination if any
 * ({@link BenchmarkPolicy}); a different municipal approver confirms it (four eyes).
 *
 * <p>Rework: {@link EvaluationRules#reevaluationsAllowed()} re-evaluations (default one). The last round allowed has no
 * rework band — a total below the pass threshold then fails — so a project cannot loop in rework.
 */
public final class AcceptanceEvaluation {

    private final UUID id;
    private final ProjectFacts project;
    private final CriteriaTable criteria;
    private final EvaluationRules rules;
    private final List<AcceptanceApplication> applications = new ArrayList<>();
    private final List<Expert> panel = new ArrayList<>();
    private ScoreSheet scores = new ScoreSheet();
    private int round = 1;
    private EvaluationState state = EvaluationState.PANEL_FORMING;
    private Proposal proposal;
    private Actor confirmedBy;
    private Instant confirmedAt;
    private long version;

    private AcceptanceEvaluation(AcceptanceApplication application, ProjectFacts project, CriteriaTable criteria,
                                 EvaluationRules rules) {
        this.id = application.acceptanceId();
        this.project = project;
        this.criteria = criteria;
        this.rules = rules;
        applications.add(application);
    }

    /** A new evaluation and the event that records it. */
    public record Opened(AcceptanceEvaluation evaluation, AcceptanceEvent event) {
    }

    /**
     * Opens the evaluation of the guarantor's application ({@link ApplicationPolicy}) under the call's criteria
     * table and rules.
     */
    public static Opened receive(AcceptanceApplication application, ProjectFacts project, CriteriaTable criteria,
                                 EvaluationRules rules, Actor receivedBy, Instant at) throws RefusedException {
        new ApplicationPolicy().evaluate(application, project).orThrow();
        AcceptanceEvaluation evaluation = new AcceptanceEvaluation(application, project, criteria, rules);
        return new Opened(evaluation, new AcceptanceEvent("acceptance.received", evaluation.id.toString(),
                project.number().value(), null, evaluation.state, receivedBy.userId(), at,
                Map.of("selfScore", application.selfEvaluation().score().toPlainString(),
                        "evidence", String.valueOf(application.evidence().size()))));
    }

    // ---------------------------------------------------------------- panel

    /** Adds an expert to the panel, unless they have a conflict of interest. */
    public AcceptanceEvent assign(Expert expert, Actor operator, Instant at) throws RefusedException {
        guard(EnumSet.of(EvaluationState.PANEL_FORMING), "assign");
        requireOperator(operator);
        if (onPanel(expert.id())) {
            throw new RefusedException(AcceptanceError.EXPERT_ALREADY_ON_PANEL, expert.id());
        }
        new ConflictOfInterestPolicy().evaluate(expert, project).orThrow();
        panel.add(expert);
        return event("acceptance.expert-assigned", state, operator, at,
                Map.of("expert", expert.id(), "organisation", expert.organisationName()));
    }

    /** Closes the panel and opens scoring; the panel needs at least {@link EvaluationRules#minimumPanel()} experts. */
    public AcceptanceEvent startScoring(Actor operator, Instant at) throws RefusedException {
        guard(EnumSet.of(EvaluationState.PANEL_FORMING), "start scoring");
        requireOperator(operator);
        if (panel.size() < rules.minimumPanel()) {
            throw new RefusedException(AcceptanceError.PANEL_TOO_SMALL,
                    panel.size() + " of at least " + rules.minimumPanel());
        }
        return event("acceptance.scoring-started", EvaluationState.SCORING, operator, at,
                Map.of("panel", String.valueOf(panel.size()), "round", String.valueOf(round)));
    }

    // ---------------------------------------------------------------- scoring

    /** Records one expert's score on one criterion ({@link ScoringPolicy}). */
    public AcceptanceEvent score(String expertId, String criterionCode, BigDecimal score, Actor by, Instant at)
            throws RefusedException {
        guard(EnumSet.of(EvaluationState.SCORING), "score");
        new ScoringPolicy().evaluate(panel, criteria, scores, expertId, criterionCode, score, by).orThrow();
        scores.put(expertId, criterionCode, score);
        return event("acceptance.scored", state, by, at,
                Map.of("expert", expertId, "criterion", criterionCode, "score", score.toPlainString()));
    }

    /** An operator withdraws an expert's scores of this round so that the expert can score again. */
    public AcceptanceEvent withdrawScores(String expertId, Actor operator, Instant at) throws RefusedException {
        guard(EnumSet.of(EvaluationState.SCORING), "withdraw scores");
        requireOperator(operator);
        if (!onPanel(expertId)) {
            throw new RefusedException(AcceptanceError.EXPERT_NOT_ON_PANEL, expertId);
        }
        Map<String, String> withdrawn = new LinkedHashMap<>();
        scores.of(expertId).forEach((code, value) -> withdrawn.put(code, value.toPlainString()));
        scores.withdraw(expertId);
        withdrawn.put("expert", expertId);
        return event("acceptance.scores-withdrawn", state, operator, at, withdrawn);
    }

    // ---------------------------------------------------------------- result, four eyes

    /** The result the scores give now, if every expert has scored every criterion. */
    public Optional<ComputedResult> computed() {
        if (panel.isEmpty() || !scores.isComplete(panel, criteria)) {
            return Optional.empty();
        }
        return Optional.of(new ResultPolicy(rules.thresholds()).compute(criteria, panel, scores, isLastRound()));
    }

    /** An operator proposes the computed result with the evaluation comments. */
    public AcceptanceEvent propose(String comments, Actor operator, Instant at) throws RefusedException {
        return propose(comments, false, null, operator, at);
    }

    /**
     * An operator proposes the computed result and names the project a benchmark (标杆, §一) with a reason
     * ({@link BenchmarkPolicy}: key project, PASS, reason given).
     */
    public AcceptanceEvent proposeAsBenchmark(String comments, String benchmarkReason, Actor operator, Instant at)
            throws RefusedException {
        return propose(comments, true, benchmarkReason, operator, at);
    }

    private AcceptanceEvent propose(String comments, boolean nominateBenchmark, String benchmarkReason,
                                    Actor operator, Instant at) throws RefusedException {
        guard(EnumSet.of(EvaluationState.SCORING), "propose");
        requireOperator(operator);
        ComputedResult result = computed()
                .orElseThrow(() -> new RefusedException(AcceptanceError.SCORES_INCOMPLETE, "round " + round));
        if (comments == null || comments.isBlank()) {
            throw new RefusedException(AcceptanceError.COMMENTS_REQUIRED, "");
        }
        if (nominateBenchmark) {
            new BenchmarkPolicy().evaluate(project, result.outcome(), benchmarkReason).orThrow();
        }
        proposal = new Proposal(result, comments.strip(), nominateBenchmark ? benchmarkReason.strip() : null,
                operator, at);
        return event("acceptance.proposed", EvaluationState.PROPOSED, operator, at,
                Map.of("total", result.total().toPlainString(), "outcome", result.outcome().name(),
                        "benchmark", String.valueOf(nominateBenchmark)));
    }

    /** The approver sends the proposal back (e.g. a score to correct); scoring reopens. */
    public AcceptanceEvent returnProposal(String reason, Actor approver, Instant at) throws RefusedException {
        guard(EnumSet.of(EvaluationState.PROPOSED), "return");
        requireApprover(approver);
        if (reason == null || reason.isBlank()) {
            throw new RefusedException(AcceptanceError.COMMENTS_REQUIRED, "reason for returning");
        }
        proposal = null;
        return event("acceptance.proposal-returned", EvaluationState.SCORING, approver, at,
                Map.of("reason", reason.strip()));
    }

    /** A municipal approver other than the proposer confirms the proposal: the evaluation is concluded. */
    public AcceptanceEvent confirm(Actor approver, Instant at) throws RefusedException {
        guard(EnumSet.of(EvaluationState.PROPOSED), "confirm");
        if (approver.isSamePersonAs(proposal.proposer())) {
            throw new RefusedException(AcceptanceError.ACCEPTANCE_SELF_APPROVAL, approver.userId());
        }
        requireApprover(approver);
        confirmedBy = approver;
        confirmedAt = at;
        EvaluationState concluded = switch (proposal.result().outcome()) {
            case PASS -> EvaluationState.PASSED;
            case FAIL -> EvaluationState.FAILED;
            case REWORK -> EvaluationState.REWORK_REQUIRED;
        };
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("total", proposal.result().total().toPlainString());
        detail.put("outcome", proposal.result().outcome().name());
        detail.put("benchmark", String.valueOf(proposal.benchmark()));
        detail.put("round", String.valueOf(round));
        reworkBy().ifPresent(d -> detail.put("reworkBy", d.toString()));
        return event("acceptance.confirmed", concluded, approver, at, detail);
    }

    /** After rework the guarantor resubmits; the same panel scores afresh in the next round. */
    public AcceptanceEvent resubmit(AcceptanceApplication reworked, Actor receivedBy, Instant at)
            throws RefusedException {
        guard(EnumSet.of(EvaluationState.REWORK_REQUIRED), "resubmit");
        new ApplicationPolicy().evaluate(reworked, project).orThrow();
        applications.add(reworked);
        round++;
        scores = new ScoreSheet();
        proposal = null;
        confirmedBy = null;
        confirmedAt = null;
        return event("acceptance.resubmitted", EvaluationState.SCORING, receivedBy, at,
                Map.of("acceptanceId", reworked.acceptanceId().toString(), "round", String.valueOf(round)));
    }

    /** The result document for the guarantor, once concluded. */
    public AcceptanceResultNotice resultNotice(UUID resultId, Organisation sender, Instant issued)
            throws RefusedException {
        if (!state.isConcluded()) {
            throw new RefusedException(AcceptanceError.EVALUATION_TRANSITION_NOT_ALLOWED, state + ": not concluded");
        }
        List<ExpertResult> lines = panel.stream()
                .map(e -> new ExpertResult(e.name(), e.organisationName(), proposal.result().expertTotals().get(e.id())))
                .toList();
        return new AcceptanceResultNotice(resultId, sender, latestApplication().acceptanceId(), project.number(),
                Shanghai.dayOf(proposal.proposedAt()), lines, proposal.result().total(), proposal.result().outcome(),
                reworkBy().orElse(null), proposal.benchmark(), proposal.benchmarkReason(), proposal.comments(), issued);
    }

    // ---------------------------------------------------------------- reading

    public UUID id() {
        return id;
    }

    public ProjectFacts project() {
        return project;
    }

    public CriteriaTable criteria() {
        return criteria;
    }

    public EvaluationRules rules() {
        return rules;
    }

    public EvaluationState state() {
        return state;
    }

    /** 1 for the first evaluation, 2 after the first rework … */
    public int round() {
        return round;
    }

    public boolean isLastRound() {
        return round > rules.reevaluationsAllowed();
    }

    public List<Expert> panel() {
        return Collections.unmodifiableList(panel);
    }

    public ScoreSheet scores() {
        return scores;
    }

    public List<AcceptanceApplication> applications() {
        return Collections.unmodifiableList(applications);
    }

    public AcceptanceApplication latestApplication() {
        return applications.get(applications.size() - 1);
    }

    public Optional<Proposal> proposal() {
        return Optional.ofNullable(proposal);
    }

    public Optional<Actor> confirmedBy() {
        return Optional.ofNullable(confirmedBy);
    }

    /** Rework deadline: the confirmation's Shanghai date plus the rework period, when the outcome is rework. */
    public Optional<LocalDate> reworkBy() {
        if (confirmedAt == null || proposal == null || proposal.result().outcome() != Outcome.REWORK) {
            return Optional.empty();
        }
        return Optional.of(Shanghai.dayOf(confirmedAt).plus(rules.reworkPeriod()));
    }

    public long version() {
        return version;
    }

    // ---------------------------------------------------------------- internals

    private boolean onPanel(String expertId) {
        return panel.stream().anyMatch(e -> e.id().equals(expertId));
    }

    private void guard(Set<EvaluationState> from, String step) throws RefusedException {
        if (!from.contains(state)) {
            throw new RefusedException(AcceptanceError.EVALUATION_TRANSITION_NOT_ALLOWED, state + ": " + step);
        }
    }

    private static void requireOperator(Actor actor) throws RefusedException {
        if (!actor.isMunicipal() || !actor.has(Role.OPERATOR)) {
            throw new RefusedException(AcceptanceError.MUNICIPAL_OPERATOR_REQUIRED,
                    actor.userId() + " @ " + actor.organisation());
        }
    }

    private static void requireApprover(Actor actor) throws RefusedException {
        if (!actor.isMunicipal() || !actor.has(Role.APPROVER)) {
            throw new RefusedException(AcceptanceError.ACCEPTANCE_APPROVER_NOT_AUTHORISED,
                    actor.userId() + " @ " + actor.organisation() + " " + actor.roles());
        }
    }

    private AcceptanceEvent event(String action, EvaluationState to, Actor actor, Instant at,
                                  Map<String, String> detail) {
        Objects.requireNonNull(at, "at");
        EvaluationState before = state;
        state = to;
        version++;
        return new AcceptanceEvent(action, id.toString(), project.number().value(), before, to, actor.userId(), at,
                detail);
    }
}
