package cn.sh.pilot.acceptance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar dates are Shanghai dates (DESIGN §4), whatever the server's zone. */
public final class Shanghai {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Shanghai() {
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
