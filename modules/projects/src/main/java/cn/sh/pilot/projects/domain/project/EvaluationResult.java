package cn.sh.pilot.projects.domain.project;

/**
 * The acceptance result as the project records it, translated by the shell from the acceptance module's
 * concluded evaluation (the two modules never see each other's classes).
 */
public enum EvaluationResult {
    PASSED,
    FAILED,
    REWORK
}
