package cn.sh.pilot.app.domain.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-03-01T02:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void four_failures_do_not_lock_the_fifth_locks_for_thirty_seconds() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("alice", "10.0.0.1").lockedUntil()).isEmpty();
        }
        LoginThrottle.Outcome fifth = throttle.failed("alice", "10.0.0.1");

        assertThat(fifth.lockStarted()).isTrue();
        assertThat(fifth.lockedUntil()).contains(clock.now.plusSeconds(30));
        assertThat(throttle.lockedUntil("alice", "10.0.0.2")).contains(clock.now.plusSeconds(30));
    }

    @Test
    void each_further_failure_doubles_the_lock_up_to_thirty_minutes() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("bob", "a");
        }
        assertThat(throttle.failed("bob", "a").lockedUntil()).contains(clock.now.plusSeconds(60));
        assertThat(throttle.failed("bob", "a").lockedUntil()).contains(clock.now.plusSeconds(120));
        for (int i = 0; i < 20; i++) {
            throttle.failed("bob", "a");
        }
        assertThat(throttle.lockedUntil("bob", "a")).contains(clock.now.plus(Duration.ofMinutes(30)));
    }

    @Test
    void the_lock_expires_and_a_success_clears_the_count() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("carol", "b");
        }
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.lockedUntil("carol", "b")).isEmpty();

        throttle.succeeded("carol");
        assertThat(throttle.failed("carol", "b").failures()).isEqualTo(1);
    }

    @Test
    void user_names_are_compared_without_case_or_surrounding_blanks() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(i % 2 == 0 ? "Dave " : "dave", "c" + i);
        }
        assertThat(throttle.lockedUntil("DAVE", "elsewhere")).isPresent();
    }

    @Test
    void one_address_trying_many_user_names_is_locked_after_twenty_failures() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, "203.0.113.9");
        }
        assertThat(throttle.lockedUntil("someone-new", "203.0.113.9")).isEmpty();

        throttle.failed("user19", "203.0.113.9");

        assertThat(throttle.lockedUntil("someone-new", "203.0.113.9")).isPresent();
        assertThat(throttle.lockedUntil("someone-new", "198.51.100.1")).isEmpty();
    }
}
