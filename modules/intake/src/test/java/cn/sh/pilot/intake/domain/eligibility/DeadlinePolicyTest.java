package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Calls;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static cn.sh.pilot.intake.fixtures.Applications.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

class DeadlinePolicyTest {

    private final Call call = Calls.call2023();
    private final Application application = Applications.draft();

    private Verdict at(Instant now) {
        return new DeadlinePolicy(Applications.clockAt(now)).evaluate(application, call);
    }

    @Test
    void accepts_an_application_at_the_last_second_of_the_deadline_day_in_shanghai() {
        assertThat(at(shanghai(2023, 5, 15, 23, 59, 59)).isAllowed()).isTrue();
        assertThat(at(shanghai(2023, 5, 15, 23, 59, 59).plusMillis(999)).isAllowed()).isTrue();
    }

    @Test
    void refuses_an_application_at_midnight_after_the_deadline_in_shanghai() {
        Verdict verdict = at(shanghai(2023, 5, 16, 0, 0, 0));
        assertThat(verdict.errors()).containsExactly(IntakeError.CALL_CLOSED);
        assertThat(verdict.refusals().get(0).detail()).contains("2023-05-15").contains("2023-05-16T00:00");
    }

    @Test
    void judges_in_shanghai_time_whatever_the_clock_zone() {
        // 2023-05-15 17:00 in UTC is already 2023-05-16 01:00 in Shanghai
        Clock utcClock = Clock.fixed(Instant.parse("2023-05-15T17:00:00Z"), ZoneId.of("UTC"));
        assertThat(new DeadlinePolicy(utcClock).evaluate(application, call).errors()).containsExactly(IntakeError.CALL_CLOSED);
        // 2023-05-15 15:59:59 UTC is 23:59:59 in Shanghai: still in time, even with a clock in New York
        Clock newYork = Clock.fixed(Instant.parse("2023-05-15T15:59:59Z"), ZoneId.of("America/New_York"));
        assertThat(new DeadlinePolicy(newYork).evaluate(application, call).isAllowed()).isTrue();
    }

    @Test
    void judges_a_submitted_application_by_its_submission_moment_not_by_today() throws RefusedException {
        application.submit(shanghai(2023, 5, 15, 22, 0, 0));
        assertThat(at(shanghai(2023, 6, 1, 9, 0, 0)).isAllowed()).isTrue();
    }
}
