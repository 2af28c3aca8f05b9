package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Calls;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodePolicyTest {

    private final CreditCodePolicy policy = new CreditCodePolicy();

    private Verdict withCode(String code) {
        Application application = Applications.draft(Applications.applicant().withCreditCode(code),
                Applications.declarations(), Applications.keyProject());
        return policy.evaluate(application, Calls.call2023());
    }

    @Test
    void accepts_a_credit_code_with_the_right_check_character() {
        assertThat(withCode("91310115MA1H7AB10U").isAllowed()).isTrue();
    }

    @Test
    void refuses_a_credit_code_with_a_wrong_check_character() {
        Verdict verdict = withCode("91310115MA1H7AB10T");
        assertThat(verdict.errors()).containsExactly(IntakeError.USCC_CHECK_CHARACTER_WRONG);
        assertThat(verdict.refusals().get(0).detail()).isEqualTo("91310115MA1H7AB10T");
    }

    @Test
    void refuses_a_credit_code_that_is_too_short() {
        assertThat(withCode("91310115MA1H7AB1").errors()).containsExactly(IntakeError.USCC_MALFORMED);
    }
}
