package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ProjectType;
import cn.sh.pilot.intake.fixtures.Applications;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviseApplicationTest extends UseCaseFixture {

    private final ReviseApplication revise = new ReviseApplication(applications, audit);

    @Test
    void revises_a_draft_and_audits_the_state_before_and_after() throws RefusedException {
        Application draft = storedDraft();
        ApplicationSnapshot before = ApplicationSnapshot.of(draft);

        revise.revise(XUHUI, draft.id(), draft.applicant(), draft.declarations(), draft.project().withType(ProjectType.GENERAL));

        assertThat(applications.find(draft.id()).orElseThrow().project().type()).isEqualTo(ProjectType.GENERAL);
        assertThat(audit.last().action()).isEqualTo("application.revised");
        assertThat(audit.last().before()).isEqualTo(before);
        assertThat(((ApplicationSnapshot) audit.last().after()).project().type()).isEqualTo(ProjectType.GENERAL);
    }

    @Test
    void refuses_to_revise_another_recommenders_application() {
        Application draft = storedDraft();
        assertThatThrownBy(() -> revise.revise(MINHANG, draft.id(), draft.applicant(), draft.declarations(), draft.project()))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-other-recommender");
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void refuses_to_revise_an_application_that_does_not_exist() {
        assertThatThrownBy(() -> revise.revise(XUHUI, ApplicationId.newId(), Applications.applicant(),
                Applications.declarations(), Applications.keyProject()))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-not-found");
    }

    @Test
    void refuses_to_revise_a_submitted_application() throws RefusedException {
        Application draft = storedDraft();
        draft.submit(Applications.IN_TIME);
        assertThatThrownBy(() -> revise.revise(XUHUI, draft.id(), draft.applicant(), draft.declarations(), draft.project()))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-not-editable");
        assertThat(audit.entries()).isEmpty();
    }
}
