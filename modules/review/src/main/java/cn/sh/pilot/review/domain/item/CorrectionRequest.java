package cn.sh.pilot.review.domain.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A request to the recommender to correct an item and send it again in a later batch; it travels
 * in the decision notice as {@code CorrectionRequest}.
 */
public record CorrectionRequest(List<CorrectionReason> reasons, LocalDate respondBy, String requestedBy,
        Instant requestedAt) {

    public CorrectionRequest {
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(respondBy, "respondBy");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a correction request says what to correct");
        }
    }
}
