package cn.sh.pilot.acceptance.domain.evaluation;

import org.junit.jupiter.api.Test;

import static cn.sh.pilot.acceptance.fixtures.Evaluations.APPLICANT_USCC;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.CHEN;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.WU;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.keyProject;
import static org.assertj.core.api.Assertions.assertThat;

class ConflictOfInterestPolicyTest {

    private final ConflictOfInterestPolicy policy = new ConflictOfInterestPolicy();

    @Test
    void allows_experts_of_unrelated_technical_organisations() {
        assertThat(policy.evaluate(WU, keyProject()).isAllowed()).isTrue();
        assertThat(policy.evaluate(CHEN, keyProject()).isAllowed()).isTrue();
    }

    @Test
    void refuses_an_expert_who_works_for_the_applicant() {
        Expert insider = new Expert("expert-x", "许某", "申报单位", APPLICANT_USCC, null);

        assertThat(policy.evaluate(insider, keyProject()).error()).hasValueSatisfying(
                e -> assertThat(e.id()).isEqualTo("acceptance-conflict-of-interest"));
    }

    @Test
    void refuses_an_expert_who_belongs_to_the_guarantor() {
        Expert guarantors = new Expert("expert-y", "杨某", "徐汇区市场监管局", null, "310104");
        Expert otherDistrict = new Expert("expert-z", "赵某", "闵行区市场监管局", null, "310112");

        assertThat(policy.evaluate(guarantors, keyProject()).isAllowed()).isFalse();
        assertThat(policy.evaluate(otherDistrict, keyProject()).isAllowed()).isTrue();
    }
}
