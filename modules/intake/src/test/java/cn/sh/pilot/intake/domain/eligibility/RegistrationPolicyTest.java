package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Calls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationPolicyTest {

    private final RegistrationPolicy policy = new RegistrationPolicy();

    private Verdict evaluate(Application application) {
        return policy.evaluate(application, Calls.call2023());
    }

    @ParameterizedTest
    @ValueSource(strings = {"310104", "310115", "310151", "310000"})
    void accepts_an_applicant_registered_in_a_shanghai_district_in_good_credit(String district) {
        Application application = Applications.draft(Applications.applicant().withRegisteredDistrictCode(district),
                Applications.declarations(), Applications.keyProject());
        assertThat(evaluate(application).isAllowed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"320506", "110105", "3101", "31010X", ""})
    void refuses_an_applicant_registered_outside_shanghai(String district) {
        Application application = Applications.draft(Applications.applicant().withRegisteredDistrictCode(district),
                Applications.declarations(), Applications.keyProject());
        assertThat(evaluate(application).errors()).containsExactly(IntakeError.NOT_REGISTERED_IN_SHANGHAI);
    }

    @Test
    void refuses_an_applicant_that_does_not_declare_its_registration_in_shanghai() {
        Application application = Applications.draft(Applications.applicant(),
                Applications.declarations().withRegisteredInShanghai(false), Applications.keyProject());
        assertThat(evaluate(application).errors()).containsExactly(IntakeError.REGISTRATION_NOT_DECLARED);
    }

    @Test
    void refuses_an_applicant_that_does_not_declare_good_credit() {
        Application application = Applications.draft(Applications.applicant(),
                Applications.declarations().withGoodCredit(false), Applications.keyProject());
        assertThat(evaluate(application).errors()).containsExactly(IntakeError.CREDIT_STANDING_NOT_DECLARED);
    }
}
