package cn.sh.pilot.review.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** A recommendation batch's id (UUID); the same id with other content is refused. */
public record BatchId(UUID value) {

    public BatchId {
        Objects.requireNonNull(value, "value");
    }

    public static BatchId of(String uuid) {
        return new BatchId(UUID.fromString(uuid));
    }

    public static BatchId newId() {
        return new BatchId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
