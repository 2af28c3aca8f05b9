package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.ShanghaiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Dates and times as the console shows them: Asia/Shanghai, ISO-like. {@code #{fmt.dateTime(x)}}. */
@Named("fmt")
@ApplicationScoped
public class Format {

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ShanghaiTime.ZONE).format(ShanghaiTime.DATE_TIME);
    }

    public String instant(Instant time) {
        return time == null ? "" : time.atZone(ShanghaiTime.ZONE).format(ShanghaiTime.DATE_TIME);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public String today() {
        return date(ShanghaiTime.today());
    }
}
