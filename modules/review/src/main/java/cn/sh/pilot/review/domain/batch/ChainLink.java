package cn.sh.pilot.review.domain.batch;

import java.util.Objects;

import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.Sha256;

/** One batch in a recommender's chain: its sequence number, id and the SHA-256 of its whole package file. */
public record ChainLink(int sequence, BatchId batchId, Sha256 packageDigest) {

    public ChainLink {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(packageDigest, "packageDigest");
        if (sequence < 1) {
            throw new IllegalArgumentException("a batch sequence starts at 1: " + sequence);
        }
    }
}
