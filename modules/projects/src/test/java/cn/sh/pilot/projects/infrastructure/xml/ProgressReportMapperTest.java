package cn.sh.pilot.projects.infrastructure.xml;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.domain.Organisation;
import cn.sh.pilot.projects.domain.output.StandardLevel;
import cn.sh.pilot.projects.domain.output.StandardStage;
import cn.sh.pilot.projects.domain.output.StandardStatus;
import cn.sh.pilot.projects.domain.progress.ProgressReport;
import cn.sh.pilot.projects.domain.progress.ProgressStatus;
import cn.sh.pilot.projects.domain.progress.ReportSource;
import cn.sh.pilot.projects.domain.project.ProjectNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressReportMapperTest {

    private final ProgressReportMapper mapper = new ProgressReportMapper();

    static Stream<Path> samples() {
        return Samples.good("progress-report");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void reads_a_sample_progress_report_and_writes_it_back_unchanged(Path sample) throws RefusedException {
        ProgressReport read = mapper.read(Samples.bytes(sample));

        assertThat(mapper.read(mapper.write(read))).isEqualTo(read);
        assertThat(read.source()).isEqualTo(ReportSource.PACKAGE);
    }

    @Test
    void reads_the_problems_and_standards_of_a_delayed_report() throws RefusedException {
        ProgressReport report = mapper.read(Samples.bytes("progress-report", "delayed-with-problems.xml"));

        assertThat(report.status()).isEqualTo(ProgressStatus.DELAYED);
        assertThat(report.problemsIfAny()).isPresent();
        assertThat(report.standards()).containsExactly(new StandardStatus(StandardLevel.NATIONAL,
                "车用高压储氢气瓶定期检验与评定", StandardStage.CONSULTATION, null));
        assertThat(report.fundsSpent()).isEqualByComparingTo("1280000.00");
    }

    @Test
    void writes_an_operator_report_without_optional_parts_as_a_valid_document() throws RefusedException {
        ProgressReport report = new ProgressReport(UUID.fromString("0f0e0d0c-0b0a-4909-8807-060504030201"),
                new Organisation("310104", "上海市徐汇区市场监督管理局"), new ProjectNumber("SHBZSD-2023-0007"),
                LocalDate.of(2024, 1, 20), LocalDate.of(2024, 7, 19), ProgressStatus.ON_TRACK, "按计划推进。",
                List.of(new StandardStatus(StandardLevel.LOCAL, "事件分拨处置规范", StandardStage.PUBLISHED,
                        "DB31/T 1456-2024")),
                new BigDecimal("600000.00"), null, "开展宣贯培训。", List.of(), Instant.parse("2024-07-26T03:00:00Z"),
                ReportSource.PACKAGE);

        byte[] xml = mapper.write(report);

        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8))
                .contains("<pr:Submitted>2024-07-26T11:00:00+08:00</pr:Submitted>")
                .doesNotContain("Problems").doesNotContain("Attachments");
        assertThat(mapper.read(xml)).isEqualTo(report);
    }
}
