package cn.sh.pilot.contracts.marshal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.contracts.Samples;
import cn.sh.pilot.contracts.application.v1.Application;
import cn.sh.pilot.contracts.batch.v1.RecommendationBatch;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.schema.ContractDocument;

class ContractMarshallerTest {

    private static final Path APPLICATION = Samples.schemasDir()
            .resolve("samples/application/good/key-project-city-digital-governance.xml");
    private static final Path BATCH = Samples.schemasDir()
            .resolve("samples/recommendation-batch/good/district-xuhui-sequence-2.xml");

    private final ApplicationMarshaller applications = new ApplicationMarshaller();

    private static String id(Throwable e) {
        return ((RefusedException) e).id();
    }

    @Test
    void writes_with_the_published_prefixes_and_reads_back_what_it_wrote() throws Exception {
        Application app = applications.read(APPLICATION);
        String xml = new String(applications.write(app), StandardCharsets.UTF_8);
        assertThat(xml).contains("<ap:Application").contains("xmlns:cm=\"urn:cn:sh:pilot:common:v1\"")
                .contains("<cm:Sender>").contains("<ap:Uscc>12310000425012345C</ap:Uscc>").doesNotContain("ns2:");
        assertThat(applications.read(xml.getBytes(StandardCharsets.UTF_8)).getApplicationId())
                .isEqualTo(app.getApplicationId());
    }

    @Test
    void refuses_to_write_a_document_that_breaks_its_schema() throws Exception {
        Application app = applications.read(APPLICATION);
        app.getApplicant().setUscc("NOT-A-CREDIT-CODE");
        assertThatThrownBy(() -> applications.write(app))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(id(e)).isEqualTo("pattern-mismatch"))
                .satisfies(e -> assertThat(((RefusedException) e).detail()).contains("/Application/Applicant/Uscc"));
    }

    @Test
    void refuses_to_write_a_document_without_its_sender() throws Exception {
        Application app = applications.read(APPLICATION);
        app.setSender(null);
        assertThatThrownBy(() -> applications.write(app))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(id(e)).isEqualTo("unexpected-element"));
    }

    @Test
    void refuses_a_valid_document_of_another_kind() {
        assertThatThrownBy(() -> new RecommendationBatchMarshaller().read(APPLICATION))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(id(e)).isEqualTo("wrong-namespace"));
        assertThatThrownBy(() -> new ExtensionDecisionMarshaller().read(
                Samples.schemasDir().resolve("samples/extension-request/good/three-months-with-evidence.xml")))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(id(e)).isEqualTo("wrong-root-element"));
    }

    @Test
    void refuses_to_write_a_batch_whose_count_is_wrong() throws Exception {
        RecommendationBatchMarshaller batches = new RecommendationBatchMarshaller();
        RecommendationBatch batch = batches.read(BATCH);
        batch.getItem().remove(1);
        assertThatThrownBy(() -> batches.write(batch))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(id(e)).isEqualTo("item-count-mismatch"));
    }

    @Test
    void the_detail_names_line_column_and_element_path() throws Exception {
        byte[] bad = Files.readAllBytes(Samples.schemasDir()
                .resolve("samples/recommendation-batch/bad/pattern-mismatch--uscc-inside-application.xml"));
        assertThatThrownBy(() -> new RecommendationBatchMarshaller().read(bad))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(((RefusedException) e).detail())
                        .matches("(?s)line \\d+, column \\d+, at /RecommendationBatch/Item/Application/Applicant/Uscc: cvc-pattern-valid.*"));
    }

    @Test
    void one_marshaller_serves_many_threads() throws Exception {
        byte[] xml = Files.readAllBytes(APPLICATION);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> applications.read(applications.write(applications.read(xml))).getApplicationId()));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo("3f1c2a9e-8b7d-4c6e-9a51-2d0e4b7f6a13");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void every_document_has_its_marshaller() {
        for (ContractDocument d : ContractDocument.values()) {
            assertThat(ContractMarshaller.forDocument(d).document()).isEqualTo(d);
        }
    }
}
