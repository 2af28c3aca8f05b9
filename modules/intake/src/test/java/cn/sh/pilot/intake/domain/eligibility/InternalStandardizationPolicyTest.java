package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Calls;
import org.junit.jupiter.api.Test;

import static cn.sh.pilot.intake.fixtures.Applications.IN_TIME;
import static org.assertj.core.api.Assertions.assertThat;

class InternalStandardizationPolicyTest {

    private final InternalStandardizationPolicy policy = new InternalStandardizationPolicy();

    private static Application internalOnly() {
        return Applications.draft(Applications.applicant(), Applications.declarations(),
                Applications.keyProject().withInternalOnly(true));
    }

    @Test
    void accepts_a_project_reaching_beyond_the_organisation() {
        assertThat(policy.evaluate(Applications.draft(), Calls.call2023()).isAllowed()).isTrue();
    }

    @Test
    void refuses_purely_internal_standardization_by_default() {
        assertThat(policy.evaluate(internalOnly(), Calls.call2023()).errors()).containsExactly(IntakeError.INTERNAL_STANDARDIZATION);
    }

    @Test
    void accepts_purely_internal_standardization_once_an_operator_recorded_an_override_with_a_reason() throws RefusedException {
        Application application = internalOnly();
        application.overrideInternalStandardization("xh-operator-07", "集团内部标准体系覆盖全市23家连锁门店，行业示范作用明显", IN_TIME);
        assertThat(policy.evaluate(application, Calls.call2023()).isAllowed()).isTrue();
    }

    @Test
    void refuses_again_once_the_override_is_revoked() throws RefusedException {
        Application application = internalOnly();
        application.overrideInternalStandardization("xh-operator-07", "集团内部标准体系覆盖全市23家连锁门店，行业示范作用明显", IN_TIME);
        application.revokeInternalStandardizationOverride();
        assertThat(policy.evaluate(application, Calls.call2023()).errors()).containsExactly(IntakeError.INTERNAL_STANDARDIZATION);
    }
}
