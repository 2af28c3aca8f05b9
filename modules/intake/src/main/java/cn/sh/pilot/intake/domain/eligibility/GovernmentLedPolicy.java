package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.PilotKind;
import cn.sh.pilot.intake.domain.call.Call;

/** §二(三): a 社会管理与公共服务综合标准化试点 is applied for only by a government-led body. */
public final class GovernmentLedPolicy implements ApplicationPolicy {

    @Override
    public Verdict evaluate(Application application, Call call) {
        if (application.project().pilotKind() == PilotKind.SOCIAL_MGMT_PUBLIC_SERVICE
                && !application.declarations().governmentLed()) {
            return Verdict.refuse(IntakeError.NOT_GOVERNMENT_LED, PilotKind.SOCIAL_MGMT_PUBLIC_SERVICE.nameZh());
        }
        return Verdict.allow();
    }
}
