package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationRepository;
import cn.sh.pilot.intake.domain.call.Call;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recommender operator enters what the applicant declares under §二(五) — a criticism, penalty, media exposure or
 * major accident with its date — or removes one entered by mistake, on a draft only. Whether a record excludes the
 * applicant (the three-year look-back) is judged on submission by {@code ExclusionPolicy}, not here.
 */
public final class RecordAdverseRecord {

    private final ApplicationRepository applications;
    private final AuditTrail audit;
    private final Clock clock;

    public RecordAdverseRecord(ApplicationRepository applications, AuditTrail audit, Clock clock) {
        this.applications = Objects.requireNonNull(applications);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @throws RefusedException {@code adverse-record-invalid}, {@code application-not-editable},
     *                          {@code application-not-found}, {@code application-other-recommender}
     */
    public Application add(Actor actor, ApplicationId id, AdverseRecord record) throws RefusedException {
        Application application = OwnApplications.load(applications, actor, id);
        ApplicationSnapshot before = ApplicationSnapshot.of(application);
        application.addAdverseRecord(record, LocalDate.ofInstant(clock.instant(), Call.ZONE));
        return saved(application, before, AuditActions.ADVERSE_RECORD_ADDED);
    }

    /**
     * @throws RefusedException {@code adverse-record-not-found}, {@code application-not-editable},
     *                          {@code application-not-found}, {@code application-other-recommender}
     */
    public Application remove(Actor actor, ApplicationId id, AdverseRecord record) throws RefusedException {
        Application application = OwnApplications.load(applications, actor, id);
        ApplicationSnapshot before = ApplicationSnapshot.of(application);
        application.removeAdverseRecord(record);
        return saved(application, before, AuditActions.ADVERSE_RECORD_REMOVED);
    }

    private Application saved(Application application, ApplicationSnapshot before, String action) {
        applications.save(application);
        audit.record(action, AuditActions.ENTITY, application.id().toString(), before, ApplicationSnapshot.of(application));
        return application;
    }
}
