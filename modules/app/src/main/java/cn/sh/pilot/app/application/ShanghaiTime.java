package cn.sh.pilot.app.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The system's time zone: every date shown or compared is in Asia/Shanghai. */
public final class ShanghaiTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ShanghaiTime() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(Clock.system(ZONE));
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static OffsetDateTime startOfToday() {
        return today().atStartOfDay(ZONE).toOffsetDateTime();
    }
}
