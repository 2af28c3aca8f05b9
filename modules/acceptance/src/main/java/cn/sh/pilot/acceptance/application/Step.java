package cn.sh.pilot.acceptance.application;

import cn.sh.pilot.acceptance.api.AcceptanceEvent;
import cn.sh.pilot.acceptance.domain.Actor;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceEvaluation;
import cn.sh.pilot.acceptance.domain.evaluation.Expert;
import cn.sh.pilot.contracts.error.RefusedException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One step taken on an evaluation after it was opened, with who took it and when: what the journal stores and
 * replays. Replaying a stored step runs the same domain method with the same actor and instant.
 *
 * @param args the step's arguments as text, by kind: ASSIGN (id, name, organisation name, organisation USCC,
 *             recommender code or empty), SCORE (expert id, criterion code, score), WITHDRAW (expert id),
 *             PROPOSE (comments), PROPOSE_BENCHMARK (comments, reason), RETURN (reason), START and CONFIRM (none)
 */
public record Step(Kind kind, Actor actor, Instant at, List<String> args) {

    public enum Kind { ASSIGN, START, SCORE, WITHDRAW, PROPOSE, PROPOSE_BENCHMARK, RETURN, CONFIRM }

    public Step {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        args = List.copyOf(args);
    }

    public static Step assign(Expert e, Actor by, Instant at) {
        return new Step(Kind.ASSIGN, by, at, List.of(e.id(), e.name(), e.organisationName(),
                e.organisationUscc() == null ? "" : e.organisationUscc(),
                e.recommenderCode() == null ? "" : e.recommenderCode()));
    }

    AcceptanceEvent apply(AcceptanceEvaluation evaluation) throws RefusedException {
        return switch (kind) {
            case ASSIGN -> evaluation.assign(new Expert(args.get(0), args.get(1), args.get(2), blankToNull(args.get(3)),
                    blankToNull(args.get(4))), actor, at);
            case START -> evaluation.startScoring(actor, at);
            case SCORE -> evaluation.score(args.get(0), args.get(1), new BigDecimal(args.get(2)), actor, at);
            case WITHDRAW -> evaluation.withdrawScores(args.get(0), actor, at);
            case PROPOSE -> evaluation.propose(args.get(0), actor, at);
            case PROPOSE_BENCHMARK -> evaluation.proposeAsBenchmark(args.get(0), args.get(1), actor, at);
            case RETURN -> evaluation.returnProposal(args.get(0), actor, at);
            case CONFIRM -> evaluation.confirm(actor, at);
        };
    }

    /** Replays a stored step on the evaluation (for journals). */
    public static void replay(Step step, AcceptanceEvaluation evaluation) throws RefusedException {
        step.apply(evaluation);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
