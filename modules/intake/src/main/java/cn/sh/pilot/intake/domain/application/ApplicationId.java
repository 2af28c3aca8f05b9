package cn.sh.pilot.intake.domain.application;

import java.util.Objects;
import java.util.UUID;

/** Identifies an application; stable across sites (it travels in the recommendation batch). */
public record ApplicationId(UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId newId() {
        return new ApplicationId(UUID.randomUUID());
    }

    public static ApplicationId of(String text) {
        return new ApplicationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
