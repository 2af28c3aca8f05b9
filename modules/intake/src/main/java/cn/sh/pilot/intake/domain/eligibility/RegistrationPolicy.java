package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.call.Call;

import java.util.regex.Pattern;

/**
 * §二(一) 依法在本市登记注册，信用良好: the district of registration is a Shanghai code (GB/T 2260, 31xxxx) and the
 * applicant declares both its registration in Shanghai and its good credit standing.
 */
public final class RegistrationPolicy implements ApplicationPolicy {

    private static final Pattern SHANGHAI_DIVISION = Pattern.compile("31\\d{4}");

    @Override
    public Verdict evaluate(Application application, Call call) {
        Verdict verdict = Verdict.allow();
        String district = application.applicant().registeredDistrictCode().strip();
        if (!SHANGHAI_DIVISION.matcher(district).matches()) {
            verdict = verdict.and(Verdict.refuse(IntakeError.NOT_REGISTERED_IN_SHANGHAI, district));
        }
        if (!application.declarations().registeredInShanghai()) {
            verdict = verdict.and(Verdict.refuse(IntakeError.REGISTRATION_NOT_DECLARED));
        }
        if (!application.declarations().goodCredit()) {
            verdict = verdict.and(Verdict.refuse(IntakeError.CREDIT_STANDING_NOT_DECLARED));
        }
        return verdict;
    }
}
