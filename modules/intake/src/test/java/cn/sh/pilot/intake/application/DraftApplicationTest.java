package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.intake.domain.call.CallId;
import cn.sh.pilot.intake.fixtures.Applications;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftApplicationTest extends UseCaseFixture {

    private final DraftApplication draftApplication = new DraftApplication(applications, calls, audit, inTime);

    @Test
    void drafts_an_application_addressed_to_the_actors_recommender_and_audits_it() throws RefusedException {
        Application draft = draftApplication.draft(MINHANG, Applications.CALL_2023, Applications.applicant(),
                Applications.declarations(), Applications.keyProject());

        assertThat(draft.recommenderCode()).isEqualTo("310112");
        assertThat(draft.state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(draft.createdAt()).isEqualTo(Applications.IN_TIME);
        assertThat(applications.find(draft.id())).contains(draft);
        assertThat(audit.last().action()).isEqualTo("application.drafted");
        assertThat(audit.last().entityId()).isEqualTo(draft.id().toString());
        assertThat(audit.last().before()).isNull();
        assertThat(audit.last().after()).isEqualTo(ApplicationSnapshot.of(draft));
    }

    @Test
    void refuses_a_draft_under_a_call_that_is_not_known() {
        assertThatThrownBy(() -> draftApplication.draft(XUHUI, new CallId("2031-7"), Applications.applicant(),
                Applications.declarations(), Applications.keyProject()))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("call-unknown");
        assertThat(applications.size()).isZero();
        assertThat(audit.entries()).isEmpty();
    }
}
