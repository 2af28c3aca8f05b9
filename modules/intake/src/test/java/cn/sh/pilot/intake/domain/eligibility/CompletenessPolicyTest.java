package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.Applicant;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.Contact;
import cn.sh.pilot.intake.domain.application.Declarations;
import cn.sh.pilot.intake.domain.application.Endorsement;
import cn.sh.pilot.intake.domain.application.Project;
import cn.sh.pilot.intake.domain.application.ProjectType;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Calls;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompletenessPolicyTest {

    private final CompletenessPolicy policy = new CompletenessPolicy();

    private Verdict evaluate(Applicant applicant, Declarations declarations, Project project) {
        return policy.evaluate(Applications.draft(applicant, declarations, project), Calls.call2023());
    }

    @Test
    void accepts_an_application_with_everything_the_application_document_requires() {
        assertThat(policy.evaluate(Applications.draft(), Calls.call2023()).isAllowed()).isTrue();
    }

    @Test
    void refuses_a_draft_without_postal_code_goals_and_budget_naming_each_missing_field() {
        Verdict verdict = evaluate(Applications.applicant().withPostalCode(""), Applications.declarations(),
                Applications.keyProject().withGoals(List.of()).withBudget(null));

        assertThat(verdict.refusals()).singleElement().satisfies(r -> {
            assertThat(r.error()).isEqualTo(IntakeError.APPLICATION_INCOMPLETE);
            assertThat(r.detail()).isEqualTo("Applicant/PostalCode, Project/Goals, Project/Budget");
            assertThat(r.zh()).contains("邮政编码").endsWith("（Applicant/PostalCode, Project/Goals, Project/Budget）");
            assertThat(r.en()).contains("postal code");
        });
    }

    @Test
    void refuses_records_without_description_and_a_sanction_without_its_authority_by_their_place_in_the_document() {
        Declarations declarations = Applications.declarations().withAdverseRecords(List.of(
                new AdverseRecord(AdverseRecord.Kind.PENALTY, LocalDate.of(2018, 1, 5), "某区市场监管局", "已整改"),
                new AdverseRecord(AdverseRecord.Kind.MAJOR_SAFETY_ACCIDENT, LocalDate.of(2018, 2, 1), "二号车间", " "),
                new AdverseRecord(AdverseRecord.Kind.MEDIA_EXPOSURE, LocalDate.of(2018, 3, 4), "", "")));

        assertThat(evaluate(Applications.applicant(), declarations, Applications.keyProject()).refusals())
                .singleElement().satisfies(r -> assertThat(r.detail()).isEqualTo(
                        "Declarations/MajorAccidents/Accident[1]/Description, "
                                + "Declarations/Sanctions/Sanction[2]/Authority, Declarations/Sanctions/Sanction[2]/Description"));
    }

    @Test
    void an_accident_needs_no_place() {
        Declarations declarations = Applications.declarations().withAdverseRecords(List.of(
                new AdverseRecord(AdverseRecord.Kind.MAJOR_QUALITY_ACCIDENT, LocalDate.of(2018, 2, 1), "", "质量事故")));
        assertThat(evaluate(Applications.applicant(), declarations, Applications.keyProject()).isAllowed()).isTrue();
    }

    @Test
    void refuses_blank_names_summary_goals_and_endorsement_fields() {
        Applicant applicant = new Applicant(" ", "12310104MB2F12340K", "310104", "", "200030", "",
                List.of(new Contact("李晓燕", "", ""), new Contact(" ", "13917005566", "")),
                Applications.applicant().capacity());
        Project project = Applications.keyProject().withType(ProjectType.GENERAL)
                .withEndorsement(new Endorsement("DSJJ", "", " ", LocalDate.of(2023, 5, 8)))
                .withGoals(List.of("制定地方标准1项", " "));

        assertThat(evaluate(applicant, Applications.declarations(), project).refusals())
                .singleElement().satisfies(r -> assertThat(r.detail().split(", ")).containsExactly(
                        "Applicant/Name", "Applicant/Address", "Applicant/LegalRepresentative", "Applicant/Contact[2]/Name",
                        "GeneralProject/Endorsement/Department/Name", "GeneralProject/Endorsement/Opinion",
                        "Project/Goals/Goal[2]"));
    }

    @Test
    void is_part_of_the_eligibility_rules_so_submission_refuses_an_incomplete_application() {
        Application incomplete = Applications.draft(Applications.applicant(), Applications.declarations(),
                Applications.keyProject().withBudget(null));
        assertThat(new EligibilityPolicy(Applications.clockAt(Applications.IN_TIME)).evaluate(incomplete, Calls.call2023())
                .errors()).containsExactly(IntakeError.APPLICATION_INCOMPLETE);
    }
}
