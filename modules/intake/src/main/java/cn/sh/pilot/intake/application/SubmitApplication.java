package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationRepository;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.domain.call.CallRepository;
import cn.sh.pilot.intake.domain.eligibility.EligibilityPolicy;
import cn.sh.pilot.intake.domain.eligibility.IneligibleApplicationException;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Submits a draft to its recommender: every rule of the notice is judged ({@link EligibilityPolicy}, all refusals at
 * once), then the draft is submitted. One instant of the clock serves both, so the deadline is judged at exactly the
 * moment recorded as the submission.
 */
public final class SubmitApplication {

    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final AuditTrail audit;
    private final Clock clock;

    public SubmitApplication(ApplicationRepository applications, CallRepository calls, AuditTrail audit, Clock clock) {
        this.applications = Objects.requireNonNull(applications);
        this.calls = Objects.requireNonNull(calls);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @throws IneligibleApplicationException {@code application-ineligible}, carrying every refusal
     * @throws RefusedException               {@code application-not-found}, {@code application-other-recommender},
     *                                        {@code application-not-editable} (already submitted), {@code call-unknown}
     */
    public Application submit(Actor actor, ApplicationId id) throws RefusedException {
        Application application = OwnApplications.load(applications, actor, id);
        if (!application.isEditable()) {
            throw new RefusedException(IntakeError.APPLICATION_NOT_EDITABLE, "state=" + application.state());
        }
        Call call = OwnApplications.call(calls, application.callId());
        Instant now = clock.instant();
        new EligibilityPolicy(Clock.fixed(now, clock.getZone())).evaluate(application, call).orThrow();
        ApplicationSnapshot before = ApplicationSnapshot.of(application);
        application.submit(now);
        applications.save(application);
        audit.record(AuditActions.SUBMITTED, AuditActions.ENTITY, id.toString(), before, ApplicationSnapshot.of(application));
        return application;
    }
}
