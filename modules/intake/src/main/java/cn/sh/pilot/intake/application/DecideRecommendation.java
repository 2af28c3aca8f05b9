package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationRepository;

import java.time.Clock;
import java.util.Objects;

/**
 * The recommender's conclusion on a submitted application after its preliminary review (§五(三)): recommended or
 * not recommended. The opinion itself is review's; this only moves the application out of SUBMITTED.
 */
public final class DecideRecommendation {

    private final ApplicationRepository applications;
    private final AuditTrail audit;
    private final Clock clock;

    public DecideRecommendation(ApplicationRepository applications, AuditTrail audit, Clock clock) {
        this.applications = Objects.requireNonNull(applications);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /** @throws RefusedException {@code application-not-found}, {@code application-other-recommender}, {@code application-not-submitted} */
    public Application recommend(Actor actor, ApplicationId id) throws RefusedException {
        return decide(actor, id, true);
    }

    /** @throws RefusedException as {@link #recommend} */
    public Application declineToRecommend(Actor actor, ApplicationId id) throws RefusedException {
        return decide(actor, id, false);
    }

    private Application decide(Actor actor, ApplicationId id, boolean recommend) throws RefusedException {
        Application application = OwnApplications.load(applications, actor, id);
        ApplicationSnapshot before = ApplicationSnapshot.of(application);
        if (recommend) {
            application.recommend(clock.instant());
        } else {
            application.declineToRecommend(clock.instant());
        }
        applications.save(application);
        audit.record(recommend ? AuditActions.RECOMMENDED : AuditActions.NOT_RECOMMENDED, AuditActions.ENTITY,
                id.toString(), before, ApplicationSnapshot.of(application));
        return application;
    }
}
