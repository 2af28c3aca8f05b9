package cn.sh.pilot.app.projects;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Test deployment only: replaces the site clock (an enabled alternative producer) with one the test moves to a
 * Shanghai day, noon. Every bean that injects {@link Clock} gets this one instance.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class MovableClock {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Settable clock = new Settable();

    @Produces
    Clock produce() {
        return clock;
    }

    /** The clock itself, for a test that needs an instant. */
    public Clock clock() {
        return clock;
    }

    public void setTo(LocalDate day) {
        clock.now = day.atTime(12, 0).atZone(SHANGHAI).toInstant();
    }

    private static final class Settable extends Clock {
        private volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
