package cn.sh.pilot.archive.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.archive.domain.retention.RetentionFacts;
import cn.sh.pilot.archive.domain.retention.RetentionPeriod;
import cn.sh.pilot.archive.domain.retention.RetentionPolicy;

class RetentionPolicyTest {

    private final RetentionPolicy policy = new RetentionPolicy();

    @Test
    void keeps_an_approved_project_permanently() {
        assertThat(policy.decide(new RetentionFacts(true, false, false)))
                .satisfies(d -> {
                    assertThat(d.period()).isEqualTo(RetentionPeriod.PERMANENT);
                    assertThat(d.rule()).isEqualTo("approved-project");
                });
    }

    @Test
    void keeps_an_acceptance_result_permanently_under_its_own_rule() {
        assertThat(policy.decide(new RetentionFacts(true, true, false)).rule()).isEqualTo("acceptance-result");
        assertThat(policy.decide(new RetentionFacts(true, true, false)).period()).isEqualTo(RetentionPeriod.PERMANENT);
    }

    @Test
    void keeps_a_rejected_application_ten_years() {
        assertThat(policy.decide(new RetentionFacts(false, false, true)).period()).isEqualTo(RetentionPeriod.YEARS_10);
    }

    @Test
    void keeps_an_application_without_decision_thirty_years() {
        assertThat(policy.decide(new RetentionFacts(false, false, false)))
                .satisfies(d -> {
                    assertThat(d.period()).isEqualTo(RetentionPeriod.YEARS_30);
                    assertThat(d.rule()).isEqualTo("other");
                });
    }

    @Test
    void an_approval_outweighs_a_later_rejection_flag() {
        assertThat(policy.decide(new RetentionFacts(true, false, true)).period()).isEqualTo(RetentionPeriod.PERMANENT);
    }
}
