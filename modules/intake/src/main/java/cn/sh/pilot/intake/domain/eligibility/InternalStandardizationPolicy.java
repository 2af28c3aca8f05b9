package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.call.Call;

/**
 * §二(四) 组织内部的标准化建设一般不予立项: a project of purely internal standardization is refused unless an operator
 * has recorded an override with a reason (ADR 0003).
 */
public final class InternalStandardizationPolicy implements ApplicationPolicy {

    @Override
    public Verdict evaluate(Application application, Call call) {
        if (application.project().internalOnly() && application.internalStandardizationOverride().isEmpty()) {
            return Verdict.refuse(IntakeError.INTERNAL_STANDARDIZATION);
        }
        return Verdict.allow();
    }
}
