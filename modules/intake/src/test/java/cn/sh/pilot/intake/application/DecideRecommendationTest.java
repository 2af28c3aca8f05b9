package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.intake.fixtures.Applications;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecideRecommendationTest extends UseCaseFixture {

    private final DecideRecommendation decide = new DecideRecommendation(applications, audit, inTime);

    @Test
    void recommends_a_submitted_application_and_audits_it() throws RefusedException {
        Application application = storedDraft();
        application.submit(Applications.IN_TIME.minusSeconds(3600));

        decide.recommend(XUHUI, application.id());

        assertThat(application.state()).isEqualTo(ApplicationState.RECOMMENDED);
        assertThat(application.decidedAt()).contains(Applications.IN_TIME);
        assertThat(audit.actions()).containsExactly("application.recommended");
    }

    @Test
    void declines_to_recommend_a_submitted_application() throws RefusedException {
        Application application = storedDraft();
        application.submit(Applications.IN_TIME.minusSeconds(3600));

        decide.declineToRecommend(XUHUI, application.id());

        assertThat(application.state()).isEqualTo(ApplicationState.NOT_RECOMMENDED);
        assertThat(audit.actions()).containsExactly("application.not-recommended");
    }

    @Test
    void refuses_to_recommend_a_draft() {
        Application application = storedDraft();
        assertThatThrownBy(() -> decide.recommend(XUHUI, application.id()))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-not-submitted");
        assertThat(application.state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void refuses_to_recommend_another_recommenders_application() {
        Application application = storedDraft();
        assertThatThrownBy(() -> decide.recommend(MINHANG, application.id()))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-other-recommender");
    }
}
