package cn.sh.pilot.exchange.transport.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a transfer is tried and how long to wait in between: the delay doubles after each
 * failed attempt, starting at {@code baseDelay}, never above {@code maxDelay}. Only transient
 * failures (unreachable, dropped connection) are retried.
 */
public record RetryPolicy(int attempts, Duration baseDelay, Duration maxDelay) {

    /** Five attempts, waiting 2 s, 4 s, 8 s, 16 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(5));

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
        }
    }

    public static RetryPolicy of(int attempts, Duration baseDelay) {
        return new RetryPolicy(attempts, baseDelay, Duration.ofMinutes(5).compareTo(baseDelay) < 0 ? baseDelay : Duration.ofMinutes(5));
    }

    /** The wait after failed attempt number {@code attempt} (1-based): base, 2 x base, 4 x base, ... */
    public Duration delayAfter(int attempt) {
        Duration delay = baseDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
