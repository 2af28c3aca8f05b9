package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.intake.fixtures.Applications;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WithdrawApplicationTest extends UseCaseFixture {

    private final WithdrawApplication withdraw = new WithdrawApplication(applications, audit, inTime);

    @Test
    void withdraws_a_submitted_application_and_audits_it() throws RefusedException {
        Application application = storedDraft();
        application.submit(Applications.IN_TIME.minusSeconds(3600));

        withdraw.withdraw(XUHUI, application.id());

        assertThat(application.state()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(application.decidedAt()).contains(Applications.IN_TIME);
        assertThat(audit.actions()).containsExactly("application.withdrawn");
    }

    @Test
    void refuses_to_withdraw_another_recommenders_application() {
        Application application = storedDraft();
        assertThatThrownBy(() -> withdraw.withdraw(MINHANG, application.id()))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-other-recommender");
        assertThat(application.state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void refuses_to_withdraw_once_the_recommender_has_decided() throws RefusedException {
        Application application = storedDraft();
        application.submit(Applications.IN_TIME);
        application.recommend(Applications.IN_TIME);
        assertThatThrownBy(() -> withdraw.withdraw(XUHUI, application.id()))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-not-withdrawable");
        assertThat(audit.entries()).isEmpty();
    }
}
