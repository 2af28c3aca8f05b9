package cn.sh.pilot.review.domain.batch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.Sha256;

/**
 * A batch's header: its id, the recommender, the call, the recommender's sequence number and the
 * SHA-256 of the recommender's previous batch package (null for sequence 1) — together a
 * per-recommender hash chain — the creation time and the item count.
 */
public record BatchHeader(BatchId id, RecommenderCode recommender, CallId callId, int sequence,
        Sha256 previousPackage, Instant created, int itemCount) {

    public BatchHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recommender, "recommender");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(created, "created");
        if (sequence < 1) {
            throw new IllegalArgumentException("a batch sequence starts at 1: " + sequence);
        }
        if (itemCount < 0) {
            throw new IllegalArgumentException("an item count is not negative: " + itemCount);
        }
    }

    public Optional<Sha256> previous() {
        return Optional.ofNullable(previousPackage);
    }
}
