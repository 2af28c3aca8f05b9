package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.acceptance.domain.Actor;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An operator's proposal of the computed result, waiting for an approver (four eyes).
 *
 * @param benchmarkReason the reason for naming the project a benchmark, {@code null} if not proposed
 */
public record Proposal(ComputedResult result, String comments, String benchmarkReason, Actor proposer,
                       Instant proposedAt) {

    public Proposal {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(comments, "comments");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(proposedAt, "proposedAt");
    }

    public boolean benchmark() {
        return benchmarkReason != null;
    }

    public Optional<String> benchmarkReasonIfAny() {
        return Optional.ofNullable(benchmarkReason);
    }
}
