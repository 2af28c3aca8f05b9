package cn.sh.pilot.intake.infrastructure.xml;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.pilot.contracts.application.v1.Application;
import cn.sh.pilot.contracts.batch.v1.Item;
import cn.sh.pilot.contracts.marshal.ByteSource;
import cn.sh.pilot.contracts.marshal.RecommendationBatchReader;
import cn.sh.pilot.exchange.receipt.ReceiptReason;
import cn.sh.pilot.intake.fixtures.Calls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EligibilityJudgeTest {

    private final EligibilityJudge judge = new EligibilityJudge(
            id -> id.equals(Calls.call2023().id()) ? Optional.of(Calls.call2023()) : Optional.empty());

    private static List<Application> sampleApplications() throws Exception {
        Path sample = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && sample == null; dir = dir.getParent()) {
            Path p = dir.resolve("schemas/samples/recommendation-batch/good/district-xuhui-sequence-2.xml");
            sample = Files.isRegularFile(p) ? p : null;
        }
        List<Application> applications = new ArrayList<>();
        try (RecommendationBatchReader reader = RecommendationBatchReader.open(ByteSource.of(sample))) {
            for (Optional<Item> item = reader.next(); item.isPresent(); item = reader.next()) {
                applications.add(item.get().getApplication());
            }
        }
        return applications;
    }

    @Test
    void finds_nothing_against_an_eligible_application_submitted_in_time() throws Exception {
        Application a = sampleApplications().get(0);
        assertThat(judge.judge("310104", a, a.getSubmitted().toInstant())).isEmpty();
    }

    @Test
    void refuses_the_sample_application_penalised_within_three_years_although_its_schema_is_valid() throws Exception {
        Application a = sampleApplications().get(1);
        assertThat(judge.judge("310104", a, a.getSubmitted().toInstant())).extracting(ReceiptReason::code)
                .containsExactly("penalised-within-three-years");
    }

    @Test
    void refuses_an_application_submitted_after_the_call_closed() throws Exception {
        Application a = sampleApplications().get(0);
        List<ReceiptReason> reasons = judge.judge("310104", a, Instant.parse("2023-06-01T02:00:00Z"));
        assertThat(reasons).extracting(ReceiptReason::code).contains("call-closed");
    }

    @Test
    void leaves_an_unknown_call_to_the_importing_module() throws Exception {
        Application a = sampleApplications().get(0);
        a.setCallId("2031-1");
        assertThat(judge.judge("310104", a, a.getSubmitted().toInstant())).isEmpty();
    }
}
