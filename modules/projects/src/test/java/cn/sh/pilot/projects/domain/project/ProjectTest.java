package cn.sh.pilot.projects.domain.project;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ProjectEvent;
import cn.sh.pilot.projects.api.ProjectState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.sh.pilot.projects.fixtures.Projects.APPROVED_ON;
import static cn.sh.pilot.projects.fixtures.Projects.APPROVER;
import static cn.sh.pilot.projects.fixtures.Projects.GUARANTOR_USER;
import static cn.sh.pilot.projects.fixtures.Projects.LAST_DAY;
import static cn.sh.pilot.projects.fixtures.Projects.OPERATOR;
import static cn.sh.pilot.projects.fixtures.Projects.OTHER_RECOMMENDER;
import static cn.sh.pilot.projects.fixtures.Projects.approval;
import static cn.sh.pilot.projects.fixtures.Projects.noon;
import static cn.sh.pilot.projects.fixtures.Projects.project;
import static cn.sh.pilot.projects.fixtures.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectTest {

    @Test
    void opens_in_progress_from_its_approval_and_records_the_opening() throws RefusedException {
        Project.Opened opened = Project.open(approval("SHBZSD-2023-0007", APPROVED_ON), OPERATOR, noon(APPROVED_ON));

        Project project = opened.project();
        assertThat(project.state()).isEqualTo(ProjectState.IN_PROGRESS);
        assertThat(project.term()).isEqualTo(new Term(APPROVED_ON, LAST_DAY));
        assertThat(project.guarantor().value()).isEqualTo("310104");
        assertThat(project.type()).isEqualTo(ProjectType.KEY);
        assertThat(opened.event().action()).isEqualTo("project.opened");
        assertThat(opened.event().before()).isNull();
        assertThat(opened.event().after()).isEqualTo(ProjectState.IN_PROGRESS);
        assertThat(opened.event().detail()).containsEntry("termEnd", "2025-07-19");
    }

    @Test
    void refuses_to_open_a_project_whose_term_is_not_two_years() {
        ProjectApproval regular = approval("SHBZSD-2023-0007", APPROVED_ON);
        ProjectApproval tooLong = new ProjectApproval(regular.number(), regular.name(), regular.guarantor(),
                regular.applicant(), regular.type(), regular.direction(), new Term(APPROVED_ON, LAST_DAY.plusDays(1)));

        assertRefused(() -> Project.open(tooLong, OPERATOR, noon(APPROVED_ON)), "term-not-two-years");
    }

    @Test
    void refuses_to_open_a_key_project_without_its_direction() {
        ProjectApproval regular = approval("SHBZSD-2023-0007", APPROVED_ON);
        ProjectApproval noDirection = new ProjectApproval(regular.number(), regular.name(), regular.guarantor(),
                regular.applicant(), ProjectType.KEY, null, regular.term());

        assertRefused(() -> Project.open(noDirection, OPERATOR, noon(APPROVED_ON)), "key-direction-missing");
    }

    @Test
    void opens_a_general_project_without_a_direction() throws RefusedException {
        ProjectApproval regular = approval("SHBZSD-2023-0008", APPROVED_ON);
        ProjectApproval general = new ProjectApproval(regular.number(), regular.name(), regular.guarantor(),
                regular.applicant(), ProjectType.GENERAL, null, regular.term());

        assertThat(Project.open(general, OPERATOR, noon(APPROVED_ON)).project().direction()).isEmpty();
    }

    @Test
    void walks_from_approval_through_an_extension_and_evaluation_to_closed() throws RefusedException {
        Project project = project();
        project.requestExtension(cn.sh.pilot.projects.fixtures.Projects.extensionRequest(project, 6), GUARANTOR_USER,
                noon(LAST_DAY.minusDays(40)));
        project.approveExtension(6, "同意。", APPROVER, noon(LAST_DAY.minusDays(30)));
        ProjectEvent applied = project.applyForAcceptance(GUARANTOR_USER, noon(LocalDate.of(2026, 1, 5)));
        project.startEvaluation(OPERATOR, noon(LocalDate.of(2026, 1, 10)));
        ProjectEvent rework = project.recordEvaluationResult(EvaluationResult.REWORK, OPERATOR,
                noon(LocalDate.of(2026, 1, 20)));
        ProjectEvent again = project.startEvaluation(OPERATOR, noon(LocalDate.of(2026, 4, 20)));
        project.recordEvaluationResult(EvaluationResult.PASSED, OPERATOR, noon(LocalDate.of(2026, 4, 30)));
        ProjectEvent closed = project.close(OPERATOR, noon(LocalDate.of(2026, 5, 8)));

        assertThat(applied.before()).isEqualTo(ProjectState.EXTENDED);
        assertThat(applied.after()).isEqualTo(ProjectState.ACCEPTANCE_APPLIED);
        assertThat(rework.after()).isEqualTo(ProjectState.REWORK);
        assertThat(again.before()).isEqualTo(ProjectState.REWORK);
        assertThat(again.after()).isEqualTo(ProjectState.UNDER_EVALUATION);
        assertThat(closed.before()).isEqualTo(ProjectState.PASSED);
        assertThat(closed.after()).isEqualTo(ProjectState.CLOSED);
        assertThat(project.state()).isEqualTo(ProjectState.CLOSED);
        assertThat(project.version()).isEqualTo(8);
    }

    @Test
    void refuses_an_acceptance_application_from_another_recommender() {
        Project project = project();

        assertRefused(() -> project.applyForAcceptance(OTHER_RECOMMENDER, noon(LAST_DAY)), "acceptance-not-guarantor");
        assertThat(project.state()).isEqualTo(ProjectState.IN_PROGRESS);
    }

    @Test
    void refuses_an_acceptance_application_while_an_extension_awaits_its_decision() throws RefusedException {
        Project project = project();
        project.requestExtension(cn.sh.pilot.projects.fixtures.Projects.extensionRequest(project, 6), GUARANTOR_USER,
                noon(LAST_DAY.minusDays(40)));

        assertRefused(() -> project.applyForAcceptance(GUARANTOR_USER, noon(LAST_DAY)), "extension-pending");
    }

    @Test
    void takes_an_acceptance_application_after_the_term_ended() throws RefusedException {
        Project project = project();

        assertThat(project.applyForAcceptance(GUARANTOR_USER, noon(LAST_DAY.plusDays(60))).after())
                .isEqualTo(ProjectState.ACCEPTANCE_APPLIED);
    }

    @Test
    void refuses_to_start_an_evaluation_before_the_acceptance_application() {
        Project project = project();

        assertRefused(() -> project.startEvaluation(OPERATOR, noon(LAST_DAY)), "project-transition-not-allowed");
    }

    @Test
    void refuses_a_guarantor_starting_the_evaluation() throws RefusedException {
        Project project = project();
        project.applyForAcceptance(GUARANTOR_USER, noon(LAST_DAY));

        assertRefused(() -> project.startEvaluation(GUARANTOR_USER, noon(LAST_DAY)), "municipal-operator-required");
    }

    @Test
    void refuses_to_close_a_project_under_rework() throws RefusedException {
        Project project = project();
        project.applyForAcceptance(GUARANTOR_USER, noon(LAST_DAY));
        project.startEvaluation(OPERATOR, noon(LAST_DAY));
        project.recordEvaluationResult(EvaluationResult.REWORK, OPERATOR, noon(LAST_DAY));

        assertRefused(() -> project.close(OPERATOR, noon(LAST_DAY)), "project-transition-not-allowed");
    }

    @Test
    void closes_a_failed_project() throws RefusedException {
        Project project = project();
        project.applyForAcceptance(GUARANTOR_USER, noon(LAST_DAY));
        project.startEvaluation(OPERATOR, noon(LAST_DAY));
        project.recordEvaluationResult(EvaluationResult.FAILED, OPERATOR, noon(LAST_DAY));

        assertThat(project.close(OPERATOR, noon(LAST_DAY)).after()).isEqualTo(ProjectState.CLOSED);
        assertThat(project.takesReports()).isFalse();
    }

    @Test
    void refuses_an_extension_once_acceptance_was_applied_for() throws RefusedException {
        Project project = project();
        project.applyForAcceptance(GUARANTOR_USER, noon(LAST_DAY.minusDays(40)));

        assertRefused(() -> project.requestExtension(cn.sh.pilot.projects.fixtures.Projects.extensionRequest(project, 3),
                GUARANTOR_USER, noon(LAST_DAY.minusDays(30))), "project-transition-not-allowed");
    }
}
