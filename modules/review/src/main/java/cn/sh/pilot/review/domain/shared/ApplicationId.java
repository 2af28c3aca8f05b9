package cn.sh.pilot.review.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Review's own handle on an application (the {@code ApplicationId} of the application document); not intake's class. */
public record ApplicationId(UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId of(String uuid) {
        return new ApplicationId(UUID.fromString(uuid));
    }

    public static ApplicationId newId() {
        return new ApplicationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
