package cn.sh.pilot.acceptance.application;

import cn.sh.pilot.acceptance.api.AcceptanceError;
import cn.sh.pilot.acceptance.api.AcceptanceEvent;
import cn.sh.pilot.acceptance.domain.Actor;
import cn.sh.pilot.acceptance.domain.Organisation;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceApplication;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceEvaluation;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceResultNotice;
import cn.sh.pilot.acceptance.domain.evaluation.CriteriaTable;
import cn.sh.pilot.acceptance.domain.evaluation.EvaluationRules;
import cn.sh.pilot.acceptance.domain.evaluation.Expert;
import cn.sh.pilot.acceptance.domain.evaluation.ProjectFacts;
import cn.sh.pilot.acceptance.domain.evaluation.ProjectNumber;
import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.contracts.error.RefusedException;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The acceptance use cases (notice §四(一), §四(四)): receive the guarantor's application, form the expert panel
 * (conflicts refused), score per weighted criterion, propose the computed result (optionally as a benchmark, 标杆),
 * confirm it by a second person, and issue the result notice. Each step is journalled and audited in the caller's
 * transaction; time is the site clock's.
 */
public final class AcceptanceService {

    /** The audit log's entity type for evaluations. */
    public static final String ENTITY = "acceptance";

    private final EvaluationJournal journal;
    private final AuditTrail audit;
    private final Clock clock;

    public AcceptanceService(EvaluationJournal journal, AuditTrail audit, Clock clock) {
        this.journal = Objects.requireNonNull(journal);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    public AcceptanceEvaluation receive(AcceptanceApplication application, ProjectFacts facts, CriteriaTable criteria,
            EvaluationRules rules, Actor receivedBy) throws RefusedException {
        java.time.Instant now = clock.instant();
        AcceptanceEvaluation.Opened opened = AcceptanceEvaluation.receive(application, facts, criteria, rules,
                receivedBy, now);
        journal.open(opened.evaluation(), application, facts, criteria, rules, receivedBy, now);
        record(opened.event());
        return opened.evaluation();
    }

    public AcceptanceEvaluation get(UUID id) throws RefusedException {
        return journal.load(id).orElseThrow(() -> new RefusedException(AcceptanceError.EVALUATION_UNKNOWN, id.toString()));
    }

    public Optional<AcceptanceEvaluation> ofProject(String number) {
        return journal.ofProject(new ProjectNumber(number));
    }

    public AcceptanceEvaluation assign(UUID id, Expert expert, Actor operator) throws RefusedException {
        return take(id, Step.assign(expert, operator, clock.instant()));
    }

    public AcceptanceEvaluation startScoring(UUID id, Actor operator) throws RefusedException {
        return take(id, new Step(Step.Kind.START, operator, clock.instant(), List.of()));
    }

    public AcceptanceEvaluation score(UUID id, String expertId, String criterion, BigDecimal score, Actor by)
            throws RefusedException {
        return take(id, new Step(Step.Kind.SCORE, by, clock.instant(), List.of(expertId, criterion, score.toPlainString())));
    }

    public AcceptanceEvaluation withdrawScores(UUID id, String expertId, Actor operator) throws RefusedException {
        return take(id, new Step(Step.Kind.WITHDRAW, operator, clock.instant(), List.of(expertId)));
    }

    /** Proposes the computed result; with a benchmark reason it is also a 标杆 nomination. */
    public AcceptanceEvaluation propose(UUID id, String comments, String benchmarkReasonOrNull, Actor operator)
            throws RefusedException {
        String c = comments == null ? "" : comments;
        return take(id, benchmarkReasonOrNull == null
                ? new Step(Step.Kind.PROPOSE, operator, clock.instant(), List.of(c))
                : new Step(Step.Kind.PROPOSE_BENCHMARK, operator, clock.instant(), List.of(c, benchmarkReasonOrNull)));
    }

    public AcceptanceEvaluation returnProposal(UUID id, String reason, Actor approver) throws RefusedException {
        return take(id, new Step(Step.Kind.RETURN, approver, clock.instant(), List.of(reason == null ? "" : reason)));
    }

    public AcceptanceEvaluation confirm(UUID id, Actor approver) throws RefusedException {
        return take(id, new Step(Step.Kind.CONFIRM, approver, clock.instant(), List.of()));
    }

    /** The signed-off result as the notice to the guarantor says it (sender: the municipal bureau). */
    public AcceptanceResultNotice resultNotice(UUID id, String bureauName) throws RefusedException {
        return get(id).resultNotice(UUID.nameUUIDFromBytes(("result:" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new Organisation(Actor.MUNICIPAL_BUREAU, bureauName), clock.instant());
    }

    private AcceptanceEvaluation take(UUID id, Step step) throws RefusedException {
        AcceptanceEvaluation evaluation = get(id);
        AcceptanceEvent event = step.apply(evaluation);
        journal.append(evaluation, step);
        record(event);
        return evaluation;
    }

    private void record(AcceptanceEvent event) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", event.after() == null ? null : event.after().name());
        after.put("project", event.projectNumber());
        after.put("at", event.at().toString());
        after.put("actor", event.actor());
        after.putAll(event.detail());
        audit.record(event.action(), ENTITY, event.acceptanceId(),
                event.before() == null ? null : Map.of("state", event.before().name()), after);
    }
}
