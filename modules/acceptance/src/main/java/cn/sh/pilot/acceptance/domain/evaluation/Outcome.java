package cn.sh.pilot.acceptance.domain.evaluation;

/** The acceptance result of §四(一): pass, fail, or rework and evaluate again ({@code ac:Result}). */
public enum Outcome {
    PASS,
    REWORK,
    FAIL
}
