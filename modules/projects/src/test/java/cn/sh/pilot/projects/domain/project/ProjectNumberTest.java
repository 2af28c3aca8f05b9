package cn.sh.pilot.projects.domain.project;

import cn.sh.pilot.contracts.error.RefusedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static cn.sh.pilot.projects.fixtures.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectNumberTest {

    @Test
    void reads_the_year_and_serial_of_a_project_number() throws RefusedException {
        ProjectNumber number = ProjectNumber.parse(" SHBZSD-2023-0007 ");

        assertThat(number.value()).isEqualTo("SHBZSD-2023-0007");
        assertThat(number.year()).isEqualTo(2023);
        assertThat(number.serial()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SHBZSD-2023-007", "shbzsd-2023-0007", "SHBZSD-1999-0007", "SHBZ-2023-0007", ""})
    void refuses_a_malformed_project_number(String text) {
        assertRefused(() -> ProjectNumber.parse(text), "project-number-malformed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"310000x", "3101", "X12345", "d123"})
    void refuses_a_malformed_guarantor_code(String text) {
        assertRefused(() -> GuarantorCode.parse(text), "guarantor-code-malformed");
    }

    @Test
    void reads_district_and_department_guarantor_codes() throws RefusedException {
        assertThat(GuarantorCode.parse("310104").value()).isEqualTo("310104");
        assertThat(GuarantorCode.parse("DSJXW").value()).isEqualTo("DSJXW");
    }

    @Test
    void refuses_an_applicant_credit_code_with_a_forbidden_letter() {
        assertRefused(() -> Applicant.of("某单位", "91310104MA1FL5XRO2"), "applicant-uscc-malformed");
    }
}
