package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.Endorsement;
import cn.sh.pilot.intake.domain.application.PlannedStandardOutput;
import cn.sh.pilot.intake.domain.application.Project;
import cn.sh.pilot.intake.domain.application.ProjectType;
import cn.sh.pilot.intake.domain.application.StandardLevel;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Calls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyProjectPolicyTest {

    private final KeyProjectPolicy policy = new KeyProjectPolicy();

    private Verdict evaluate(Project project) {
        Application application = Applications.draft(Applications.applicant(), Applications.declarations(), project);
        return policy.evaluate(application, Calls.call2023());
    }

    private static Project key() {
        return Applications.keyProject();
    }

    private static Project keyWithOnly(PlannedStandardOutput output) {
        return key().withPlannedOutputs(List.of(output));
    }

    @Test
    void accepts_a_key_project_with_a_listed_direction_major_outputs_and_an_endorsement() {
        assertThat(evaluate(key()).isAllowed()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"PUBLIC_SERVICE, ELDERLY_CARE", "TECH_MANUFACTURING, HYDROGEN_ENERGY", "AGRICULTURE_RURAL, DIGITAL_COUNTRYSIDE",
            "INTERNATIONAL_STANDARDIZATION, CHINA_STANDARDS_GOING_GLOBAL", "MODERN_SERVICES, NEW_TRACKS", "ECO_GREEN_YRD, DEMO_ZONE_STANDARD_COORDINATION"})
    void accepts_every_group_with_its_own_sub_direction(String group, String direction) {
        assertThat(evaluate(key().withDirection(group, direction)).isAllowed()).isTrue();
    }

    @Test
    void refuses_a_key_project_without_a_direction() {
        assertThat(evaluate(key().withDirection(null, null)).errors()).containsExactly(IntakeError.KEY_DIRECTION_MISSING);
        assertThat(evaluate(key().withDirection("SOCIAL_MGMT", " ")).errors()).containsExactly(IntakeError.KEY_DIRECTION_MISSING);
    }

    @Test
    void refuses_a_key_project_whose_sub_direction_belongs_to_another_group() {
        assertThat(evaluate(key().withDirection("SOCIAL_MGMT", "ELDERLY_CARE")).errors())
                .containsExactly(IntakeError.KEY_DIRECTION_NOT_LISTED);
    }

    @Test
    void refuses_a_key_project_whose_direction_is_not_in_this_call() {
        assertThat(evaluate(key().withDirection("SPACE", "MOON_BASE")).errors())
                .containsExactly(IntakeError.KEY_DIRECTION_NOT_LISTED);
    }

    @Test
    void refuses_a_key_project_without_planned_standard_outputs() {
        assertThat(evaluate(key().withPlannedOutputs(List.of())).errors())
                .containsExactly(IntakeError.KEY_STANDARD_OUTPUTS_MISSING);
    }

    @ParameterizedTest
    @EnumSource(value = StandardLevel.class, names = {"LOCAL", "INDUSTRY", "NATIONAL", "INTERNATIONAL"})
    void accepts_a_key_project_planning_one_standard_of_a_major_level(StandardLevel level) {
        assertThat(evaluate(keyWithOnly(new PlannedStandardOutput(level, "某标准", 2024, false))).isAllowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = StandardLevel.class, names = {"GROUP", "ENTERPRISE"})
    void accepts_a_key_project_planning_an_advanced_group_or_enterprise_standard(StandardLevel level) {
        assertThat(evaluate(keyWithOnly(new PlannedStandardOutput(level, "某标准", 2024, true))).isAllowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = StandardLevel.class, names = {"GROUP", "ENTERPRISE"})
    void refuses_a_key_project_planning_only_group_or_enterprise_standards_not_marked_advanced(StandardLevel level) {
        assertThat(evaluate(keyWithOnly(new PlannedStandardOutput(level, "某标准", 2024, false))).errors())
                .containsExactly(IntakeError.KEY_STANDARD_OUTPUTS_MISSING);
    }

    @Test
    void refuses_a_key_project_without_an_industry_endorsement() {
        assertThat(evaluate(key().withEndorsement(null)).errors()).containsExactly(IntakeError.KEY_ENDORSEMENT_MISSING);
    }

    @Test
    void refuses_a_key_project_whose_endorsement_has_no_opinion() {
        Endorsement blank = new Endorsement("DSJJ", "上海市数据局", " ", LocalDate.of(2023, 5, 8));
        assertThat(evaluate(key().withEndorsement(blank)).errors()).containsExactly(IntakeError.KEY_ENDORSEMENT_MISSING);
    }

    @Test
    void reports_every_missing_part_of_a_key_project_at_once() {
        Project bare = key().withDirection(null, null).withPlannedOutputs(List.of()).withEndorsement(null);
        assertThat(evaluate(bare).errors()).containsExactly(IntakeError.KEY_DIRECTION_MISSING,
                IntakeError.KEY_STANDARD_OUTPUTS_MISSING, IntakeError.KEY_ENDORSEMENT_MISSING);
    }

    @Test
    void does_not_apply_to_a_general_project() {
        Project general = key().withType(ProjectType.GENERAL).withDirection(null, null)
                .withPlannedOutputs(List.of()).withEndorsement(null);
        assertThat(evaluate(general).isAllowed()).isTrue();
    }
}
