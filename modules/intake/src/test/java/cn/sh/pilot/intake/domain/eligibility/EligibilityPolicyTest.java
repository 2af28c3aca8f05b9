package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.StandardizationCapacity;
import cn.sh.pilot.intake.domain.call.CallId;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Calls;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.sh.pilot.intake.fixtures.Applications.IN_TIME;
import static cn.sh.pilot.intake.fixtures.Applications.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EligibilityPolicyTest {

    @Test
    void accepts_a_complete_key_project_application_in_time() {
        Verdict verdict = new EligibilityPolicy(Applications.clockAt(IN_TIME)).evaluate(Applications.draft(), Calls.call2023());
        assertThat(verdict.refusals()).isEmpty();
    }

    @Test
    void reports_every_problem_at_once_not_just_the_first() {
        Application application = Applications.draft(
                Applications.applicant().withCreditCode("12310104MB2F12340X").withRegisteredDistrictCode("320506")
                        .withCapacity(new StandardizationCapacity("", 0, 0)),
                Applications.declarations().withGovernmentLed(false).withAdverseRecords(List.of(
                        new AdverseRecord(AdverseRecord.Kind.PENALTY, LocalDate.of(2022, 3, 1), "某局", "处罚"))),
                Applications.keyProject().withInternalOnly(true).withEndorsement(null));
        Verdict verdict = new EligibilityPolicy(Applications.clockAt(shanghai(2023, 5, 16, 8, 0, 0)))
                .evaluate(application, Calls.call2023());
        assertThat(verdict.errors()).containsExactly(
                IntakeError.CALL_CLOSED,
                IntakeError.USCC_CHECK_CHARACTER_WRONG,
                IntakeError.NOT_REGISTERED_IN_SHANGHAI,
                IntakeError.NO_STANDARDIZATION_BODY,
                IntakeError.NO_STANDARDIZATION_STAFF,
                IntakeError.NOT_GOVERNMENT_LED,
                IntakeError.INTERNAL_STANDARDIZATION,
                IntakeError.PENALISED_WITHIN_THREE_YEARS,
                IntakeError.KEY_ENDORSEMENT_MISSING);
        assertThatThrownBy(verdict::orThrow)
                .isInstanceOfSatisfying(IneligibleApplicationException.class, e -> {
                    assertThat(e.id()).isEqualTo("application-ineligible");
                    assertThat(e.refusals()).hasSize(9);
                });
    }

    @Test
    void refuses_an_application_judged_against_another_years_call() {
        Application other = Application.draft(ApplicationId.newId(), new CallId("2024"), "310104", IN_TIME,
                Applications.applicant(), Applications.declarations(), Applications.keyProject());
        assertThat(new EligibilityPolicy(Applications.clockAt(IN_TIME)).evaluate(other, Calls.call2023()).errors())
                .containsExactly(IntakeError.CALL_MISMATCH);
    }
}
