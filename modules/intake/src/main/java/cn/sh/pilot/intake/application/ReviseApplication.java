package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Applicant;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationRepository;
import cn.sh.pilot.intake.domain.application.Declarations;
import cn.sh.pilot.intake.domain.application.Project;

import java.util.Objects;

/** Replaces what the applicant filled in on a draft of the actor's recommender. */
public final class ReviseApplication {

    private final ApplicationRepository applications;
    private final AuditTrail audit;

    public ReviseApplication(ApplicationRepository applications, AuditTrail audit) {
        this.applications = Objects.requireNonNull(applications);
        this.audit = Objects.requireNonNull(audit);
    }

    /** @throws RefusedException {@code application-not-found}, {@code application-other-recommender}, {@code application-not-editable} */
    public Application revise(Actor actor, ApplicationId id, Applicant applicant, Declarations declarations, Project project)
            throws RefusedException {
        Application application = OwnApplications.load(applications, actor, id);
        ApplicationSnapshot before = ApplicationSnapshot.of(application);
        application.revise(applicant, declarations, project);
        applications.save(application);
        audit.record(AuditActions.REVISED, AuditActions.ENTITY, id.toString(), before, ApplicationSnapshot.of(application));
        return application;
    }
}
