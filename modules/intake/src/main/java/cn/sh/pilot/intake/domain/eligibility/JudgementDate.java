package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.call.Call;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The moment an application is judged at: when it was submitted, or now for a draft being submitted. */
final class JudgementDate {

    private JudgementDate() {
    }

    static Instant instant(Application application, Clock clock) {
        return application.submittedAt().orElseGet(clock::instant);
    }

    static LocalDate shanghaiDate(Application application, Clock clock) {
        return LocalDate.ofInstant(instant(application, clock), Call.ZONE);
    }
}
