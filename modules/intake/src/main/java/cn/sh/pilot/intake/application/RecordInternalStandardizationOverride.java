package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationRepository;

import java.time.Clock;
import java.util.Objects;

/**
 * A recommender operator lets a project of purely internal standardization through §二(四) with a recorded reason,
 * or takes that back — on a draft only (ADR 0003). The operator is the actor; the moment is the clock's.
 */
public final class RecordInternalStandardizationOverride {

    private final ApplicationRepository applications;
    private final AuditTrail audit;
    private final Clock clock;

    public RecordInternalStandardizationOverride(ApplicationRepository applications, AuditTrail audit, Clock clock) {
        this.applications = Objects.requireNonNull(applications);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @throws RefusedException {@code override-reason-required}, {@code application-not-editable},
     *                          {@code application-not-found}, {@code application-other-recommender}
     */
    public Application record(Actor actor, ApplicationId id, String reason) throws RefusedException {
        Application application = OwnApplications.load(applications, actor, id);
        ApplicationSnapshot before = ApplicationSnapshot.of(application);
        application.overrideInternalStandardization(actor.userId(), reason, clock.instant());
        applications.save(application);
        audit.record(AuditActions.OVERRIDE_RECORDED, AuditActions.ENTITY, id.toString(), before,
                ApplicationSnapshot.of(application));
        return application;
    }

    /**
     * Takes the override back; nothing happens (and nothing is audited) when there is none.
     *
     * @throws RefusedException {@code application-not-editable}, {@code application-not-found}, {@code application-other-recommender}
     */
    public Application revoke(Actor actor, ApplicationId id) throws RefusedException {
        Application application = OwnApplications.load(applications, actor, id);
        if (application.internalStandardizationOverride().isEmpty()) {
            return application;
        }
        ApplicationSnapshot before = ApplicationSnapshot.of(application);
        application.revokeInternalStandardizationOverride();
        applications.save(application);
        audit.record(AuditActions.OVERRIDE_REVOKED, AuditActions.ENTITY, id.toString(), before,
                ApplicationSnapshot.of(application));
        return application;
    }
}
