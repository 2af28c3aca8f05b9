package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.PilotKind;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Calls;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GovernmentLedPolicyTest {

    private final GovernmentLedPolicy policy = new GovernmentLedPolicy();

    private Verdict evaluate(PilotKind kind, boolean governmentLed) {
        Application application = Applications.draft(Applications.applicant(),
                Applications.declarations().withGovernmentLed(governmentLed), Applications.keyProject().withPilotKind(kind));
        return policy.evaluate(application, Calls.call2023());
    }

    @Test
    void accepts_a_government_led_body_for_a_social_management_and_public_service_pilot() {
        assertThat(evaluate(PilotKind.SOCIAL_MGMT_PUBLIC_SERVICE, true).isAllowed()).isTrue();
    }

    @Test
    void refuses_a_body_not_led_by_government_for_a_social_management_and_public_service_pilot() {
        assertThat(evaluate(PilotKind.SOCIAL_MGMT_PUBLIC_SERVICE, false).errors()).containsExactly(IntakeError.NOT_GOVERNMENT_LED);
    }

    @Test
    void does_not_require_government_lead_for_other_pilot_kinds() {
        assertThat(evaluate(PilotKind.INDUSTRY, false).isAllowed()).isTrue();
    }
}
