package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.call.Call;

/** One rule an application must meet under a call. */
@FunctionalInterface
public interface ApplicationPolicy {

    Verdict evaluate(Application application, Call call);
}
