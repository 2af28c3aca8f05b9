package cn.sh.pilot.review.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** A recommended item: one application inside one batch; receipts and decision notices refer to it. */
public record ItemId(UUID value) {

    public ItemId {
        Objects.requireNonNull(value, "value");
    }

    public static ItemId of(String uuid) {
        return new ItemId(UUID.fromString(uuid));
    }

    public static ItemId newId() {
        return new ItemId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
