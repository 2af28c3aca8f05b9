package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationRepository;

import java.time.Clock;
import java.util.Objects;

/** Withdraws a draft or submitted application before the recommender decides. */
public final class WithdrawApplication {

    private final ApplicationRepository applications;
    private final AuditTrail audit;
    private final Clock clock;

    public WithdrawApplication(ApplicationRepository applications, AuditTrail audit, Clock clock) {
        this.applications = Objects.requireNonNull(applications);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /** @throws RefusedException {@code application-not-found}, {@code application-other-recommender}, {@code application-not-withdrawable} */
    public Application withdraw(Actor actor, ApplicationId id) throws RefusedException {
        Application application = OwnApplications.load(applications, actor, id);
        ApplicationSnapshot before = ApplicationSnapshot.of(application);
        application.withdraw(clock.instant());
        applications.save(application);
        audit.record(AuditActions.WITHDRAWN, AuditActions.ENTITY, id.toString(), before, ApplicationSnapshot.of(application));
        return application;
    }
}
