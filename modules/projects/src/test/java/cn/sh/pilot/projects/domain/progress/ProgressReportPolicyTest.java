package cn.sh.pilot.projects.domain.progress;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.error.Verdict;
import cn.sh.pilot.projects.api.ProjectsError;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.Organisation;
import cn.sh.pilot.projects.domain.Role;
import cn.sh.pilot.projects.domain.project.EvaluationResult;
import cn.sh.pilot.projects.domain.project.Project;
import cn.sh.pilot.projects.domain.project.ProjectNumber;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.sh.pilot.projects.fixtures.Projects.GUARANTOR_USER;
import static cn.sh.pilot.projects.fixtures.Projects.LAST_DAY;
import static cn.sh.pilot.projects.fixtures.Projects.OPERATOR;
import static cn.sh.pilot.projects.fixtures.Projects.OTHER_RECOMMENDER;
import static cn.sh.pilot.projects.fixtures.Projects.noon;
import static cn.sh.pilot.projects.fixtures.Projects.project;
import static org.assertj.core.api.Assertions.assertThat;

class ProgressReportPolicyTest {

    private final ProgressReportPolicy policy = new ProgressReportPolicy();
    private final Project project = project();

    private static ProgressReport report(String number, LocalDate from, LocalDate to, ReportSource source) {
        return new ProgressReport(UUID.randomUUID(), new Organisation("310104", "上海市徐汇区市场监督管理局"),
                new ProjectNumber(number), from, to, ProgressStatus.ON_TRACK, "按计划推进。", List.of(),
                new BigDecimal("350000.00"), null, "继续推进地方标准征求意见。", List.of(),
                Instant.parse("2024-01-26T02:00:00Z"), source);
    }

    private final ProgressReport halfYear = report("SHBZSD-2023-0007", LocalDate.of(2023, 7, 20),
            LocalDate.of(2024, 1, 19), ReportSource.PACKAGE);

    private static String refusal(Verdict<ProjectsError> verdict) {
        return verdict.error().map(e -> e.id()).orElse("allowed");
    }

    @Test
    void takes_a_report_the_guarantor_sent() {
        assertThat(policy.evaluate(project, halfYear, GUARANTOR_USER).isAllowed()).isTrue();
        assertThat(halfYear.received(GUARANTOR_USER, noon(LAST_DAY)).detail()).containsEntry("source", "PACKAGE");
    }

    @Test
    void takes_a_paper_report_typed_in_by_a_municipal_operator() {
        ProgressReport paper = report("SHBZSD-2023-0007", LocalDate.of(2023, 7, 20), LocalDate.of(2024, 1, 19),
                ReportSource.OPERATOR);

        assertThat(policy.evaluate(project, paper, OPERATOR).isAllowed()).isTrue();
        assertThat(refusal(policy.evaluate(project, paper, Actor.municipal("shi-hu", Role.APPROVER))))
                .isEqualTo("progress-not-guarantor");
    }

    @Test
    void refuses_a_report_sent_by_another_recommender() {
        assertThat(refusal(policy.evaluate(project, halfYear, OTHER_RECOMMENDER))).isEqualTo("progress-not-guarantor");
    }

    @Test
    void refuses_a_period_that_ends_before_it_starts_or_starts_before_approval() {
        ProgressReport reversed = report("SHBZSD-2023-0007", LocalDate.of(2024, 1, 19), LocalDate.of(2023, 7, 20),
                ReportSource.PACKAGE);
        ProgressReport early = report("SHBZSD-2023-0007", LocalDate.of(2023, 7, 19), LocalDate.of(2024, 1, 19),
                ReportSource.PACKAGE);

        assertThat(refusal(policy.evaluate(project, reversed, GUARANTOR_USER))).isEqualTo("progress-period-invalid");
        assertThat(refusal(policy.evaluate(project, early, GUARANTOR_USER))).isEqualTo("progress-period-invalid");
    }

    @Test
    void refuses_a_report_on_another_project() {
        ProgressReport other = report("SHBZSD-2023-0012", LocalDate.of(2023, 7, 20), LocalDate.of(2024, 1, 19),
                ReportSource.PACKAGE);

        assertThat(refusal(policy.evaluate(project, other, GUARANTOR_USER))).isEqualTo("document-wrong-project");
    }

    @Test
    void refuses_a_report_on_a_closed_project() throws RefusedException {
        project.applyForAcceptance(GUARANTOR_USER, noon(LAST_DAY));
        project.startEvaluation(OPERATOR, noon(LAST_DAY));
        project.recordEvaluationResult(EvaluationResult.PASSED, OPERATOR, noon(LAST_DAY));
        assertThat(policy.evaluate(project, halfYear, GUARANTOR_USER).isAllowed()).isTrue();
        project.close(OPERATOR, noon(LAST_DAY));

        assertThat(refusal(policy.evaluate(project, halfYear, GUARANTOR_USER))).isEqualTo("progress-project-closed");
    }
}
