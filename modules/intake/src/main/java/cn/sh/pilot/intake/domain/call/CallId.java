package cn.sh.pilot.intake.domain.call;

import java.util.Objects;

/** Identifies a call, e.g. {@code 2023}. */
public record CallId(String value) {

    public CallId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a call id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
