package cn.sh.pilot.review.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as officials read them: the calendar day in Asia/Shanghai, whatever the server's zone. */
public final class ShanghaiTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private ShanghaiTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    public static OffsetDateTime offsetOf(Instant instant) {
        return instant.atZone(ZONE).toOffsetDateTime();
    }

    /** e.g. {@code 2023-07-20 10:00}, for messages. */
    public static String minutes(Instant instant) {
        return MINUTES.format(instant);
    }
}
