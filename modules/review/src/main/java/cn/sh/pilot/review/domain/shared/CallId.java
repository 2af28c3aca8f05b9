package cn.sh.pilot.review.domain.shared;

import java.util.Objects;

/** The call (征集通知) an application answers, e.g. {@code 2023-139}; calls are data, not code. */
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
