package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Applicant;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationRepository;
import cn.sh.pilot.intake.domain.application.Declarations;
import cn.sh.pilot.intake.domain.application.Project;
import cn.sh.pilot.intake.domain.call.CallId;
import cn.sh.pilot.intake.domain.call.CallRepository;

import java.time.Clock;
import java.util.Objects;

/** Starts an application under a known call, addressed to the actor's recommender. */
public final class DraftApplication {

    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final AuditTrail audit;
    private final Clock clock;

    public DraftApplication(ApplicationRepository applications, CallRepository calls, AuditTrail audit, Clock clock) {
        this.applications = Objects.requireNonNull(applications);
        this.calls = Objects.requireNonNull(calls);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /** @throws RefusedException {@code call-unknown} */
    public Application draft(Actor actor, CallId callId, Applicant applicant, Declarations declarations, Project project)
            throws RefusedException {
        OwnApplications.call(calls, callId);
        Application application = Application.draft(ApplicationId.newId(), callId, actor.recommenderCode(),
                clock.instant(), applicant, declarations, project);
        applications.save(application);
        audit.record(AuditActions.DRAFTED, AuditActions.ENTITY, application.id().toString(), null,
                ApplicationSnapshot.of(application));
        return application;
    }
}
