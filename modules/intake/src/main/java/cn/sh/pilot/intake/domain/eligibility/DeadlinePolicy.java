package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.call.Call;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * §五(四) 申报截止日期: an application is accepted up to the last moment of the deadline day in Shanghai
 * (2023-05-15 23:59:59.999… Asia/Shanghai), whatever the server's time zone.
 */
public final class DeadlinePolicy implements ApplicationPolicy {

    private final Clock clock;

    public DeadlinePolicy(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Verdict evaluate(Application application, Call call) {
        Instant at = JudgementDate.instant(application, clock);
        if (call.acceptsAt(at)) {
            return Verdict.allow();
        }
        return Verdict.refuse(IntakeError.CALL_CLOSED,
                "截止 deadline " + call.deadline() + ", 提交 submitted " + at.atZone(Call.ZONE).toLocalDateTime().withNano(0));
    }
}
