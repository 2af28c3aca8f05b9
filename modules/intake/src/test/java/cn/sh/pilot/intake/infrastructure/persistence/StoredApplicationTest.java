package cn.sh.pilot.intake.infrastructure.persistence;

import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.intake.domain.application.AttachmentMetadata;
import cn.sh.pilot.intake.fixtures.Applications;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JPA mapping keeps every part of the aggregate: what is stored comes back equal (no database needed). */
class StoredApplicationTest {

    @Test
    void a_submitted_key_project_with_records_attachment_and_override_comes_back_unchanged() throws Exception {
        Application original = Applications.draft(Applications.applicant(),
                Applications.declarations().withAdverseRecords(List.of(
                        new AdverseRecord(AdverseRecord.Kind.PENALTY, LocalDate.of(2019, 3, 1), "徐汇区市场监管局", "标签不规范"))),
                Applications.keyProject().withInternalOnly(true));
        original.attach(new AttachmentMetadata("scan.pdf", "application/pdf", 1234, "a".repeat(64), "盖章申请表"));
        original.overrideInternalStandardization("reviewer1", "面向全区推广，不属于单纯内部标准化建设", Applications.IN_TIME);
        original.submit(Applications.IN_TIME.plusSeconds(60));

        StoredApplication stored = new StoredApplication(original.id());
        stored.copyFrom(original);
        Application restored = stored.toDomain();

        assertThat(restored.id()).isEqualTo(original.id());
        assertThat(restored.callId()).isEqualTo(original.callId());
        assertThat(restored.recommenderCode()).isEqualTo(original.recommenderCode());
        assertThat(restored.createdAt()).isEqualTo(original.createdAt());
        assertThat(restored.applicant()).isEqualTo(original.applicant());
        assertThat(restored.declarations()).isEqualTo(original.declarations());
        assertThat(restored.project()).isEqualTo(original.project());
        assertThat(restored.attachments()).isEqualTo(original.attachments());
        assertThat(restored.internalStandardizationOverride()).isEqualTo(original.internalStandardizationOverride());
        assertThat(restored.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(restored.submittedAt()).isEqualTo(original.submittedAt());
        assertThat(restored.decidedAt()).isEmpty();
    }

    @Test
    void a_revision_replaces_the_child_rows_instead_of_adding_to_them() throws Exception {
        Application application = Applications.draft();
        StoredApplication stored = new StoredApplication(application.id());
        stored.copyFrom(application);

        application.revise(application.applicant(), application.declarations(),
                application.project().withPlannedOutputs(application.project().plannedOutputs().subList(0, 1)));
        stored.copyFrom(application);

        assertThat(stored.toDomain().project().plannedOutputs()).hasSize(1)
                .isEqualTo(application.project().plannedOutputs());
        assertThat(stored.toDomain().applicant().contacts()).hasSize(application.applicant().contacts().size());
    }
}
