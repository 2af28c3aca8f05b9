package cn.sh.pilot.acceptance.application;

import cn.sh.pilot.acceptance.domain.Actor;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceApplication;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceEvaluation;
import cn.sh.pilot.acceptance.domain.evaluation.CriteriaTable;
import cn.sh.pilot.acceptance.domain.evaluation.EvaluationRules;
import cn.sh.pilot.acceptance.domain.evaluation.ProjectFacts;
import cn.sh.pilot.acceptance.domain.evaluation.ProjectNumber;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where evaluations are kept: the opening and every step, in the caller's transaction. */
public interface EvaluationJournal {

    void open(AcceptanceEvaluation opened, AcceptanceApplication application, ProjectFacts facts,
              CriteriaTable criteria, EvaluationRules rules, Actor receivedBy, Instant at);

    /** Appends a step taken on {@code after} (its state and version as they are now). */
    void append(AcceptanceEvaluation after, Step step);

    /** The evaluation replayed from its opening and steps. */
    Optional<AcceptanceEvaluation> load(UUID id);

    /** The latest evaluation of a project. */
    Optional<AcceptanceEvaluation> ofProject(ProjectNumber project);
}
