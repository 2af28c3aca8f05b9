package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.UnifiedSocialCreditCode;
import cn.sh.pilot.intake.domain.call.Call;

/** The applicant's unified social credit code is well formed and its check character is right (GB 32100-2015). */
public final class CreditCodePolicy implements ApplicationPolicy {

    @Override
    public Verdict evaluate(Application application, Call call) {
        String code = application.applicant().creditCode();
        return UnifiedSocialCreditCode.problemWith(code)
                .map(error -> Verdict.refuse(error, code))
                .orElse(Verdict.allow());
    }
}
