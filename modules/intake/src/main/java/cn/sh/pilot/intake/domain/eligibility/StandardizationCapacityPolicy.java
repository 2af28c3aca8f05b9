package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.StandardizationCapacity;
import cn.sh.pilot.intake.domain.call.Call;

/** §二(二) 有标准化管理机构及专兼职标准化人员: a standardization body and at least one full- or part-time staff member. */
public final class StandardizationCapacityPolicy implements ApplicationPolicy {

    @Override
    public Verdict evaluate(Application application, Call call) {
        StandardizationCapacity capacity = application.applicant().capacity();
        Verdict verdict = Verdict.allow();
        if (!capacity.hasBody()) {
            verdict = verdict.and(Verdict.refuse(IntakeError.NO_STANDARDIZATION_BODY));
        }
        if (capacity.staff() <= 0) {
            verdict = verdict.and(Verdict.refuse(IntakeError.NO_STANDARDIZATION_STAFF));
        }
        return verdict;
    }
}
