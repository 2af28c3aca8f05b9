package cn.sh.pilot.acceptance.domain.evaluation;

import java.util.Optional;
import java.util.UUID;

/** Where evaluations are kept; the JPA implementation lives in {@code infrastructure/persistence} (to come). */
public interface AcceptanceEvaluationRepository {

    /** By the first application's acceptance id. */
    Optional<AcceptanceEvaluation> find(UUID id);

    /** The evaluation of a project, if its guarantor has applied. */
    Optional<AcceptanceEvaluation> ofProject(ProjectNumber project);

    void save(AcceptanceEvaluation evaluation);
}
