package cn.sh.pilot.intake.domain.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.fixtures.Applications;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static cn.sh.pilot.intake.fixtures.Applications.IN_TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationTest {

    private final Application application = Applications.draft();

    @Test
    void a_new_application_is_an_editable_draft() {
        assertThat(application.state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(application.isEditable()).isTrue();
        assertThat(application.submittedAt()).isEmpty();
    }

    @Test
    void a_draft_can_be_revised() throws RefusedException {
        Project general = Applications.keyProject().withType(ProjectType.GENERAL);
        application.revise(Applications.applicant(), Applications.declarations(), general);
        assertThat(application.project().type()).isEqualTo(ProjectType.GENERAL);
    }

    @Test
    void submitting_records_the_moment_and_ends_editing() throws RefusedException {
        application.submit(IN_TIME);
        assertThat(application.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(application.submittedAt()).contains(IN_TIME);
        assertThat(application.isEditable()).isFalse();
    }

    @Test
    void refuses_to_revise_a_submitted_application() throws RefusedException {
        application.submit(IN_TIME);
        assertThatThrownBy(() -> application.revise(Applications.applicant(), Applications.declarations(), Applications.keyProject()))
                .isInstanceOf(RefusedException.class)
                .hasMessageStartingWith("application-not-editable");
    }

    @Test
    void refuses_to_attach_to_a_submitted_application() throws RefusedException {
        application.submit(IN_TIME);
        assertThatThrownBy(() -> application.attach(scan()))
                .hasMessageStartingWith("application-not-editable");
    }

    @Test
    void refuses_to_submit_twice() throws RefusedException {
        application.submit(IN_TIME);
        assertThatThrownBy(() -> application.submit(IN_TIME)).hasMessageStartingWith("application-not-editable");
    }

    @Test
    void a_submitted_application_can_be_withdrawn_before_the_recommender_decides() throws RefusedException {
        application.submit(IN_TIME);
        application.withdraw(IN_TIME.plusSeconds(60));
        assertThat(application.state()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(application.decidedAt()).contains(IN_TIME.plusSeconds(60));
    }

    @Test
    void refuses_to_withdraw_a_recommended_application() throws RefusedException {
        application.submit(IN_TIME);
        application.recommend(IN_TIME.plusSeconds(3600));
        assertThatThrownBy(() -> application.withdraw(IN_TIME.plusSeconds(7200)))
                .hasMessageStartingWith("application-not-withdrawable");
        assertThat(application.state()).isEqualTo(ApplicationState.RECOMMENDED);
    }

    @Test
    void refuses_to_withdraw_twice() throws RefusedException {
        application.withdraw(IN_TIME);
        assertThatThrownBy(() -> application.withdraw(IN_TIME)).hasMessageStartingWith("application-not-withdrawable");
    }

    @Test
    void the_recommender_may_decline_a_submitted_application() throws RefusedException {
        application.submit(IN_TIME);
        application.declineToRecommend(IN_TIME.plusSeconds(3600));
        assertThat(application.state()).isEqualTo(ApplicationState.NOT_RECOMMENDED);
    }

    @Test
    void refuses_to_recommend_a_draft() {
        assertThatThrownBy(() -> application.recommend(IN_TIME)).hasMessageStartingWith("application-not-submitted");
    }

    @Test
    void records_who_overrode_the_internal_standardization_rule_when_and_why() throws RefusedException {
        Instant at = IN_TIME.minusSeconds(600);
        application.overrideInternalStandardization("xh-operator-07", "集团内部标准体系覆盖全市23家连锁门店，行业示范作用明显", at);
        assertThat(application.internalStandardizationOverride()).hasValueSatisfying(o -> {
            assertThat(o.operator()).isEqualTo("xh-operator-07");
            assertThat(o.at()).isEqualTo(at);
            assertThat(o.reason()).startsWith("集团内部标准体系");
        });
    }

    @Test
    void refuses_an_override_without_a_reason() {
        assertThatThrownBy(() -> application.overrideInternalStandardization("xh-operator-07", "同意", IN_TIME))
                .hasMessageStartingWith("override-reason-required");
        assertThatThrownBy(() -> application.overrideInternalStandardization(" ", "集团内部标准体系覆盖全市23家连锁门店", IN_TIME))
                .hasMessageStartingWith("override-reason-required");
        assertThat(application.internalStandardizationOverride()).isEmpty();
    }

    @Test
    void replaces_an_attachment_of_the_same_name() throws RefusedException {
        application.attach(scan());
        application.attach(new AttachmentMetadata("申请表盖章扫描件.pdf", "application/pdf", 2048, "b".repeat(64), "重新扫描"));
        assertThat(application.attachments()).singleElement().extracting(AttachmentMetadata::sizeBytes).isEqualTo(2048L);
    }

    private static AttachmentMetadata scan() {
        return new AttachmentMetadata("申请表盖章扫描件.pdf", "application/pdf", 1024, "a".repeat(64), "盖章申请表");
    }
}
