package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.acceptance.api.AcceptanceError;
import cn.sh.pilot.contracts.error.Verdict;

/**
 * §一 “树立一批标准化建设的标杆”: only a key project (§三) that passes may be named a benchmark, and only with a
 * reason. Checked in that order.
 */
public final class BenchmarkPolicy {

    public Verdict<AcceptanceError> evaluate(ProjectFacts project, Outcome outcome, String reason) {
        if (!project.keyProject()) {
            return Verdict.refuse(AcceptanceError.BENCHMARK_NOT_KEY_PROJECT, project.number().value());
        }
        if (outcome != Outcome.PASS) {
            return Verdict.refuse(AcceptanceError.BENCHMARK_REQUIRES_PASS, outcome.name());
        }
        if (reason == null || reason.isBlank()) {
            return Verdict.refuse(AcceptanceError.BENCHMARK_REASON_REQUIRED, "");
        }
        return Verdict.allow();
    }
}
