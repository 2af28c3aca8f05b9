package cn.sh.pilot.app.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SiteClockTest {

    @Test
    void a_fixed_start_sets_the_business_clock_there_and_lets_it_run_on() throws Exception {
        Instant start = OffsetDateTime.parse("2023-05-10T10:00:00+08:00").toInstant();
        SiteClock clock = new SiteClock(Optional.of("2023-05-10T10:00:00+08:00"));

        Instant first = clock.clock().instant();
        Thread.sleep(20);
        Instant later = clock.clock().instant();

        assertThat(Duration.between(start, first)).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        assertThat(later).isAfter(first);
        assertThat(clock.clock().getZone().getId()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void without_the_setting_it_is_the_system_clock() {
        SiteClock clock = new SiteClock(Optional.empty());

        assertThat(Duration.between(Instant.now(), clock.clock().instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
