/**
 * The {@code AcceptanceEvaluation} aggregate and its policies: the guarantor's application, the expert panel and
 * {@link cn.sh.pilot.acceptance.domain.evaluation.ConflictOfInterestPolicy}, the call's
 * {@link cn.sh.pilot.acceptance.domain.evaluation.CriteriaTable}, scoring, the computed result
 * ({@link cn.sh.pilot.acceptance.domain.evaluation.ResultPolicy}), four-eyes confirmation, benchmarks (标杆) and rework.
 */
package cn.sh.pilot.acceptance.domain.evaluation;
