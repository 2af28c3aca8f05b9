package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.intake.domain.application.InternalStandardizationOverride;
import cn.sh.pilot.intake.domain.eligibility.IneligibleApplicationException;
import cn.sh.pilot.intake.fixtures.Applications;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordInternalStandardizationOverrideTest extends UseCaseFixture {

    private static final String REASON = "集团内部标准体系将在全市128家门店统一实施，并转化为团体标准";

    private final RecordInternalStandardizationOverride override =
            new RecordInternalStandardizationOverride(applications, audit, inTime);
    private final SubmitApplication submit = new SubmitApplication(applications, calls, audit, inTime);
    private final Application internal = internalDraft();

    @Test
    void records_the_actor_as_operator_at_the_clocks_instant_and_lets_the_project_be_submitted() throws RefusedException {
        override.record(XUHUI, internal.id(), REASON);

        assertThat(internal.internalStandardizationOverride())
                .contains(new InternalStandardizationOverride("op-xuhui", Applications.IN_TIME, REASON));
        assertThat(audit.last().action()).isEqualTo("application.internal-standardization-override-recorded");
        submit.submit(XUHUI, internal.id());
        assertThat(internal.state()).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void without_an_override_the_internal_project_is_refused() {
        assertThatThrownBy(() -> submit.submit(XUHUI, internal.id()))
                .isInstanceOfSatisfying(IneligibleApplicationException.class, e ->
                        assertThat(e.refusals()).extracting(r -> r.id()).containsExactly("internal-standardization"));
    }

    @Test
    void refuses_an_override_without_a_sufficient_reason() {
        assertThatThrownBy(() -> override.record(XUHUI, internal.id(), "确有必要"))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("override-reason-required");
        assertThat(internal.internalStandardizationOverride()).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void refuses_an_override_on_another_recommenders_application() {
        assertThatThrownBy(() -> override.record(MINHANG, internal.id(), REASON))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-other-recommender");
    }

    @Test
    void revoking_takes_the_override_back_and_is_audited_only_when_there_was_one() throws RefusedException {
        override.revoke(XUHUI, internal.id());
        assertThat(audit.entries()).isEmpty();

        override.record(XUHUI, internal.id(), REASON);
        override.revoke(XUHUI, internal.id());

        assertThat(internal.internalStandardizationOverride()).isEmpty();
        assertThat(audit.actions()).containsExactly("application.internal-standardization-override-recorded",
                "application.internal-standardization-override-revoked");
    }

    private Application internalDraft() {
        Application draft = storedDraft();
        try {
            draft.revise(draft.applicant(), draft.declarations(), draft.project().withInternalOnly(true));
        } catch (RefusedException e) {
            throw new IllegalStateException(e);
        }
        return draft;
    }
}
