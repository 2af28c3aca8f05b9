package cn.sh.pilot.projects.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar dates are Shanghai dates (DESIGN §4), whatever the server's zone. */
public final class Shanghai {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Shanghai() {
    }

    /** The Shanghai calendar day of an instant. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** Today in Shanghai by the given clock. */
    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }
}
