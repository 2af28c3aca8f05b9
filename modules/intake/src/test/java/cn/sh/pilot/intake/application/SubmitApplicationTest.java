package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.intake.domain.eligibility.IneligibleApplicationException;
import cn.sh.pilot.intake.domain.eligibility.Refusal;
import cn.sh.pilot.intake.fixtures.Applications;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;

import static cn.sh.pilot.intake.fixtures.Applications.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmitApplicationTest extends UseCaseFixture {

    private SubmitApplication submitAt(Instant instant) {
        return new SubmitApplication(applications, calls, audit, Applications.clockAt(instant));
    }

    @Test
    void submits_an_eligible_draft_at_the_clocks_instant_and_audits_it() throws RefusedException {
        Application draft = storedDraft();

        submitAt(Applications.IN_TIME).submit(XUHUI, draft.id());

        Application stored = applications.find(draft.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(stored.submittedAt()).contains(Applications.IN_TIME);
        assertThat(audit.last().action()).isEqualTo("application.submitted");
        assertThat(((ApplicationSnapshot) audit.last().before()).state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(((ApplicationSnapshot) audit.last().after()).state()).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void accepts_the_last_millisecond_of_the_deadline_day_and_records_that_very_instant() throws RefusedException {
        Application draft = storedDraft();
        Instant last = shanghai(2023, 5, 15, 23, 59, 59).plusMillis(999);

        submitAt(last).submit(XUHUI, draft.id());

        assertThat(draft.submittedAt()).contains(last);
    }

    @Test
    void refuses_a_late_application_by_the_injected_clock_and_leaves_it_a_draft() {
        Application draft = storedDraft();

        assertThatThrownBy(() -> submitAt(shanghai(2023, 5, 16, 0, 0, 0)).submit(XUHUI, draft.id()))
                .isInstanceOfSatisfying(IneligibleApplicationException.class, e ->
                        assertThat(e.refusals()).extracting(Refusal::error).containsExactly(IntakeError.CALL_CLOSED));
        assertThat(draft.state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(applications.saves()).isEqualTo(1);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void returns_every_refusal_at_once() throws RefusedException {
        Application draft = storedDraft();
        draft.revise(draft.applicant().withCreditCode("12310104MB2F12340X"),
                draft.declarations().withGovernmentLed(false).withGoodCredit(false),
                draft.project().withEndorsement(null));

        assertThatThrownBy(() -> submitAt(Applications.IN_TIME).submit(XUHUI, draft.id()))
                .isInstanceOfSatisfying(IneligibleApplicationException.class, e -> {
                    assertThat(e.id()).isEqualTo("application-ineligible");
                    assertThat(e.refusals()).extracting(Refusal::id).containsExactly(
                            "uscc-check-character-wrong", "credit-standing-not-declared", "not-government-led",
                            "key-endorsement-missing");
                });
    }

    @Test
    void refuses_to_submit_another_recommenders_application() {
        Application draft = storedDraft();
        assertThatThrownBy(() -> submitAt(Applications.IN_TIME).submit(MINHANG, draft.id()))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-other-recommender");
        assertThat(draft.state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void refuses_to_submit_twice() throws RefusedException {
        Application draft = storedDraft();
        submitAt(Applications.IN_TIME).submit(XUHUI, draft.id());
        assertThatThrownBy(() -> submitAt(Applications.IN_TIME.plusSeconds(60)).submit(XUHUI, draft.id()))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-not-editable");
        assertThat(draft.submittedAt()).contains(Applications.IN_TIME);
    }

    @Test
    void judges_the_deadline_in_shanghai_whatever_the_zone_of_the_clock() throws RefusedException {
        Application draft = storedDraft();
        Clock utc = Clock.fixed(Instant.parse("2023-05-15T15:59:59Z"), java.time.ZoneOffset.UTC);
        new SubmitApplication(applications, calls, audit, utc).submit(XUHUI, draft.id());
        assertThat(draft.state()).isEqualTo(ApplicationState.SUBMITTED);
    }
}
