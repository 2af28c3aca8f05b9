package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.acceptance.domain.Organisation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The confirmed result as sent to the guarantor (验收结论): per-expert totals, the total, the outcome, the rework
 * deadline, the benchmark designation and the comments.
 *
 * @param reworkBy        set when the outcome is REWORK, otherwise {@code null}
 * @param benchmarkReason set when designated, otherwise {@code null}
 */
public record AcceptanceResultNotice(UUID resultId, Organisation sender, UUID acceptanceId,
                                     ProjectNumber projectNumber, LocalDate evaluated, List<ExpertResult> experts,
                                     BigDecimal total, Outcome outcome, LocalDate reworkBy,
                                     boolean benchmarkDesignated, String benchmarkReason, String comments,
                                     Instant issued) {

    public AcceptanceResultNotice {
        Objects.requireNonNull(resultId, "resultId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(acceptanceId, "acceptanceId");
        Objects.requireNonNull(projectNumber, "projectNumber");
        Objects.requireNonNull(evaluated, "evaluated");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(comments, "comments");
        Objects.requireNonNull(issued, "issued");
        experts = List.copyOf(experts);
    }
}
