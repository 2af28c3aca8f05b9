package cn.sh.pilot.acceptance.infrastructure.xml;

import cn.sh.pilot.acceptance.api.EvaluationState;
import cn.sh.pilot.acceptance.domain.Organisation;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceApplication;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceEvaluation;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceResultNotice;
import cn.sh.pilot.acceptance.domain.evaluation.EvaluationRules;
import cn.sh.pilot.acceptance.domain.evaluation.Expert;
import cn.sh.pilot.acceptance.domain.evaluation.Outcome;
import cn.sh.pilot.acceptance.domain.evaluation.ProjectFacts;
import cn.sh.pilot.acceptance.domain.evaluation.ProjectNumber;
import cn.sh.pilot.contracts.error.RefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static cn.sh.pilot.acceptance.fixtures.Evaluations.APPROVER;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.CHEN;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.NOW;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.OPERATOR;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.WU;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.ZHOU;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.criteria;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.scoreEveryone;
import static org.assertj.core.api.Assertions.assertThat;

class AcceptanceMappersTest {

    private static final Organisation BUREAU = new Organisation("310000", "上海市市场监督管理局");

    private final AcceptanceApplicationMapper applications = new AcceptanceApplicationMapper();
    private final AcceptanceResultMapper results = new AcceptanceResultMapper();

    static Stream<Path> applicationSamples() {
        return Samples.good("acceptance-application");
    }

    static Stream<Path> resultSamples() {
        return Samples.good("acceptance-result");
    }

    @ParameterizedTest
    @MethodSource("applicationSamples")
    void reads_a_sample_acceptance_application_and_writes_it_back_unchanged(Path sample) throws RefusedException {
        AcceptanceApplication read = applications.read(Samples.bytes(sample));

        assertThat(applications.read(applications.write(read))).isEqualTo(read);
    }

    @ParameterizedTest
    @MethodSource("resultSamples")
    void reads_a_sample_acceptance_result_and_writes_it_back_unchanged(Path sample) throws RefusedException {
        AcceptanceResultNotice read = results.read(Samples.bytes(sample));

        assertThat(results.read(results.write(read))).isEqualTo(read);
    }

    @Test
    void a_received_application_is_evaluated_and_its_result_goes_back_as_a_valid_document() throws RefusedException {
        AcceptanceApplication application = applications.read(
                Samples.bytes("acceptance-application", "with-benchmark-request.xml"));
        ProjectFacts project = new ProjectFacts(new ProjectNumber("SHBZSD-2023-0007"), "上海某城市运行管理中心",
                "11310104MB2C31947Y", "310104", true);
        AcceptanceEvaluation evaluation = AcceptanceEvaluation.receive(application, project, criteria(),
                EvaluationRules.standard(), OPERATOR, NOW).evaluation();
        for (Expert expert : List.of(WU, ZHOU, CHEN)) {
            evaluation.assign(expert, OPERATOR, NOW);
        }
        evaluation.startScoring(OPERATOR, NOW);
        scoreEveryone(evaluation, "19", "28", "27", "18"); // 92
        evaluation.proposeAsBenchmark("标准体系完善，实施成效显著。", "闭环工作机制已在全区推广，具有示范带动作用。", OPERATOR, NOW);
        evaluation.confirm(APPROVER, NOW);

        AcceptanceResultNotice notice = evaluation.resultNotice(UUID.randomUUID(), BUREAU, NOW);
        AcceptanceResultNotice back = results.read(results.write(notice));

        assertThat(evaluation.state()).isEqualTo(EvaluationState.PASSED);
        assertThat(application.selfEvaluation().requestsBenchmark()).isTrue();
        assertThat(back).isEqualTo(notice);
        assertThat(back.acceptanceId()).isEqualTo(application.acceptanceId());
        assertThat(back.outcome()).isEqualTo(Outcome.PASS);
        assertThat(back.total()).isEqualByComparingTo("92.00");
        assertThat(back.benchmarkDesignated()).isTrue();
        assertThat(back.evaluated()).isEqualTo(LocalDate.of(2025, 8, 15));
    }

    @Test
    void reads_the_rework_deadline_of_a_rework_result() throws RefusedException {
        AcceptanceResultNotice rework = results.read(Samples.bytes("acceptance-result", "rework.xml"));

        assertThat(rework.outcome()).isEqualTo(Outcome.REWORK);
        assertThat(rework.reworkBy()).isEqualTo(LocalDate.of(2025, 11, 15));
        assertThat(rework.benchmarkDesignated()).isFalse();
        assertThat(rework.experts()).singleElement().satisfies(e -> assertThat(e.organisation()).isEqualTo("上海市标准化研究院"));
    }
}
