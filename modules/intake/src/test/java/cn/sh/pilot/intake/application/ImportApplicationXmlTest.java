package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.intake.domain.application.AttachmentMetadata;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Samples;
import cn.sh.pilot.intake.infrastructure.xml.ApplicationXmlReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ImportApplicationXmlTest extends UseCaseFixture {

    private static final ApplicationId CITY = ApplicationId.of("3f1c2a9e-8b7d-4c6e-9a51-2d0e4b7f6a13");

    private final ImportApplicationXml importXml =
            new ImportApplicationXml(new ApplicationXmlReader(), applications, calls, audit, inTime);

    @Test
    void takes_a_good_document_as_a_draft_of_the_actors_recommender_and_audits_who_sent_it() throws RefusedException {
        Application draft = importXml.importXml(XUHUI, sample("key-project-city-digital-governance.xml"));

        assertThat(draft.id()).isEqualTo(CITY);
        assertThat(draft.state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(draft.recommenderCode()).isEqualTo("310104");
        assertThat(draft.createdAt()).isEqualTo(Applications.IN_TIME);
        assertThat(applications.find(CITY)).contains(draft);
        assertThat(audit.last().action()).isEqualTo("application.imported");
        assertThat(audit.last().after()).isInstanceOfSatisfying(ImportApplicationXml.Imported.class, imported -> {
            assertThat(imported.senderCode()).isEqualTo("310104");
            assertThat(imported.application().id()).isEqualTo(CITY.toString());
        });
    }

    @Test
    void refuses_a_schema_violation_with_its_error_id_line_and_column_and_keeps_nothing() {
        RefusedException refused = catchThrowableOfType(() -> importXml.importXml(XUHUI,
                new ByteArrayInputStream(Samples.bytes(Samples.dir().resolve("bad/pattern-mismatch--uscc-too-short.xml")))),
                RefusedException.class);

        assertThat(refused.id()).isEqualTo("pattern-mismatch");
        assertThat(refused.detail()).containsPattern("line \\d+, column \\d+").contains("Uscc");
        assertThat(applications.size()).isZero();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void refuses_a_document_that_claims_an_override_which_only_a_recommender_operator_may_record() {
        RefusedException refused = catchThrowableOfType(() -> importXml.importXml(XUHUI,
                sample("key-project-internal-override-advanced-group.xml")), RefusedException.class);

        assertThat(refused.id()).isEqualTo("override-not-importable");
        assertThat(applications.size()).isZero();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void refuses_a_document_answering_a_call_that_is_not_known() {
        assertThatThrownBy(() -> importXml.importXml(XUHUI, sample("key-project-city-digital-governance.xml",
                "<ap:CallId>2023-139</ap:CallId>", "<ap:CallId>2024-88</ap:CallId>")))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("call-unknown");
        assertThat(applications.size()).isZero();
    }

    @Test
    void a_second_upload_of_the_same_application_revises_the_draft() throws RefusedException {
        importXml.importXml(XUHUI, sample("key-project-city-digital-governance.xml"));

        Application revised = importXml.importXml(XUHUI, sample("key-project-city-digital-governance.xml",
                "徐汇区城市运行“一网统管”综合标准化试点", "徐汇区城市运行“一网统管”综合标准化试点（修订）"));

        assertThat(applications.size()).isEqualTo(1);
        assertThat(revised.project().name()).endsWith("（修订）");
        assertThat(audit.actions()).containsExactly("application.imported", "application.revised");
    }

    @Test
    void a_second_upload_never_replaces_the_metadata_of_bytes_already_received() throws RefusedException {
        Application draft = importXml.importXml(XUHUI, sample("key-project-city-digital-governance.xml"));
        AttachmentMetadata received = new AttachmentMetadata("申请表（盖章）.pdf", "application/pdf", 3, "a".repeat(64), "扫描件");
        draft.attach(received);

        Application again = importXml.importXml(XUHUI, sample("key-project-city-digital-governance.xml"));

        assertThat(again.attachments()).contains(received).hasSize(2);
    }

    @Test
    void refuses_a_second_upload_by_another_recommender() throws RefusedException {
        importXml.importXml(XUHUI, sample("key-project-city-digital-governance.xml"));
        assertThatThrownBy(() -> importXml.importXml(MINHANG, sample("key-project-city-digital-governance.xml")))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-other-recommender");
        assertThat(applications.find(CITY).orElseThrow().recommenderCode()).isEqualTo("310104");
    }

    @Test
    void refuses_a_second_upload_once_the_application_is_submitted() throws RefusedException {
        importXml.importXml(XUHUI, sample("key-project-city-digital-governance.xml")).submit(Applications.IN_TIME);
        assertThatThrownBy(() -> importXml.importXml(XUHUI, sample("key-project-city-digital-governance.xml")))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-not-editable");
    }

    private static InputStream sample(String name) {
        return new ByteArrayInputStream(Samples.bytes(Samples.good(name)));
    }

    private static InputStream sample(String name, String text, String replacement) {
        String xml = new String(Samples.bytes(Samples.good(name)), StandardCharsets.UTF_8);
        if (!xml.contains(text)) {
            throw new IllegalArgumentException(text + " not in " + name);
        }
        return new ByteArrayInputStream(xml.replace(text, replacement).getBytes(StandardCharsets.UTF_8));
    }
}
