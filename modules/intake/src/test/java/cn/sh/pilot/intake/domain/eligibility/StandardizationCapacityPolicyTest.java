package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.StandardizationCapacity;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Calls;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StandardizationCapacityPolicyTest {

    private final StandardizationCapacityPolicy policy = new StandardizationCapacityPolicy();

    private Verdict with(StandardizationCapacity capacity) {
        Application application = Applications.draft(Applications.applicant().withCapacity(capacity),
                Applications.declarations(), Applications.keyProject());
        return policy.evaluate(application, Calls.call2023());
    }

    @Test
    void accepts_an_applicant_with_a_standardization_body_and_part_time_staff_only() {
        assertThat(with(new StandardizationCapacity("质量标准部", 0, 1)).isAllowed()).isTrue();
    }

    @Test
    void refuses_an_applicant_without_a_standardization_body() {
        assertThat(with(new StandardizationCapacity("  ", 1, 2)).errors()).containsExactly(IntakeError.NO_STANDARDIZATION_BODY);
    }

    @Test
    void refuses_an_applicant_without_standardization_staff() {
        assertThat(with(new StandardizationCapacity("质量标准部", 0, 0)).errors()).containsExactly(IntakeError.NO_STANDARDIZATION_STAFF);
    }

    @Test
    void accepts_a_body_declared_in_a_document_without_its_name() {
        assertThat(with(new StandardizationCapacity(true, null, 1, 0)).isAllowed()).isTrue();
    }

    @Test
    void refuses_a_named_body_the_document_declares_not_to_exist() {
        assertThat(with(new StandardizationCapacity(false, "质量标准部", 1, 0)).errors())
                .containsExactly(IntakeError.NO_STANDARDIZATION_BODY);
    }
}
