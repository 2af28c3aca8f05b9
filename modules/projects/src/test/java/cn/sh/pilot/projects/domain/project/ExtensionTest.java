package cn.sh.pilot.projects.domain.project;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ProjectEvent;
import cn.sh.pilot.projects.api.ProjectState;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static cn.sh.pilot.projects.fixtures.Projects.APPROVER;
import static cn.sh.pilot.projects.fixtures.Projects.GUARANTOR_USER;
import static cn.sh.pilot.projects.fixtures.Projects.LAST_DAY;
import static cn.sh.pilot.projects.fixtures.Projects.OPERATOR;
import static cn.sh.pilot.projects.fixtures.Projects.OTHER_RECOMMENDER;
import static cn.sh.pilot.projects.fixtures.Projects.at;
import static cn.sh.pilot.projects.fixtures.Projects.extensionRequest;
import static cn.sh.pilot.projects.fixtures.Projects.noon;
import static cn.sh.pilot.projects.fixtures.Projects.project;
import static cn.sh.pilot.projects.fixtures.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ExtensionTest {

    private static final Instant A_MONTH_BEFORE_THE_END = noon(LAST_DAY.minusDays(30));
    private static final Instant DECIDED = noon(LAST_DAY.minusDays(20));

    private final Project project = project();

    @Test
    void approves_a_six_month_extension_and_moves_the_end_date() throws RefusedException {
        ProjectEvent requested = project.requestExtension(extensionRequest(project, 6), GUARANTOR_USER,
                A_MONTH_BEFORE_THE_END);
        ProjectEvent approved = project.approveExtension(6, "特殊情形属实，同意延期。", APPROVER, DECIDED);

        assertThat(requested.before()).isEqualTo(ProjectState.IN_PROGRESS);
        assertThat(requested.after()).isEqualTo(ProjectState.EXTENSION_REQUESTED);
        assertThat(approved.before()).isEqualTo(ProjectState.EXTENSION_REQUESTED);
        assertThat(approved.after()).isEqualTo(ProjectState.EXTENDED);
        assertThat(approved.detail()).containsEntry("termEndBefore", "2025-07-19").containsEntry("termEnd", "2026-01-19");
        assertThat(project.term().end()).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(project.approvedTerm().end()).isEqualTo(LAST_DAY);
        assertThat(project.extensionUsed()).isTrue();
        ExtensionDecision decision = project.extensions().get(0).decision().orElseThrow();
        assertThat(decision.outcome()).isEqualTo(ExtensionOutcome.APPROVED);
        assertThat(decision.grantedMonths()).isEqualTo(6);
        assertThat(decision.newTermEnd()).isEqualTo(LocalDate.of(2026, 1, 19));
    }

    @Test
    void grants_fewer_months_than_requested_when_the_approver_decides_so() throws RefusedException {
        project.requestExtension(extensionRequest(project, 6), GUARANTOR_USER, A_MONTH_BEFORE_THE_END);

        project.approveExtension(3, "同意延期三个月。", APPROVER, DECIDED);

        assertThat(project.term().end()).isEqualTo(LocalDate.of(2025, 10, 19));
    }

    @Test
    void refuses_to_grant_more_months_than_requested() throws RefusedException {
        project.requestExtension(extensionRequest(project, 3), GUARANTOR_USER, A_MONTH_BEFORE_THE_END);

        assertRefused(() -> project.approveExtension(4, "同意。", APPROVER, DECIDED), "extension-grant-exceeds-request");
        assertThat(project.state()).isEqualTo(ProjectState.EXTENSION_REQUESTED);
    }

    @Test
    void refuses_a_second_extension() throws RefusedException {
        project.requestExtension(extensionRequest(project, 3), GUARANTOR_USER, A_MONTH_BEFORE_THE_END);
        project.approveExtension(3, "同意延期三个月。", APPROVER, DECIDED);

        assertRefused(() -> project.requestExtension(extensionRequest(project, 3), GUARANTOR_USER, DECIDED),
                "extension-already-used");
        assertThat(project.term().end()).isEqualTo(LocalDate.of(2025, 10, 19));
        assertThat(project.extensions()).hasSize(1);
    }

    @Test
    void refuses_a_seven_month_extension() {
        assertRefused(() -> project.requestExtension(extensionRequest(project, 7), GUARANTOR_USER,
                A_MONTH_BEFORE_THE_END), "extension-too-long");
        assertThat(project.state()).isEqualTo(ProjectState.IN_PROGRESS);
        assertThat(project.extensions()).isEmpty();
    }

    @Test
    void refuses_an_extension_of_no_months() {
        assertRefused(() -> project.requestExtension(extensionRequest(project, 0), GUARANTOR_USER,
                A_MONTH_BEFORE_THE_END), "extension-too-short");
    }

    @Test
    void accepts_an_extension_requested_on_the_last_day_of_the_term() throws RefusedException {
        ProjectEvent event = project.requestExtension(extensionRequest(project, 6), GUARANTOR_USER,
                at(2025, 7, 19, 23, 59));

        assertThat(event.after()).isEqualTo(ProjectState.EXTENSION_REQUESTED);
    }

    @Test
    void refuses_an_extension_requested_after_the_term_ended() {
        assertRefused(() -> project.requestExtension(extensionRequest(project, 6), GUARANTOR_USER,
                at(2025, 7, 20, 0, 0)), "extension-after-term");
        assertThat(project.state()).isEqualTo(ProjectState.IN_PROGRESS);
    }

    @Test
    void judges_the_request_date_in_shanghai_not_in_utc() {
        // 2025-07-19T16:30Z is still the 19th in UTC but already 00:30 on the 20th in Shanghai
        Instant afterMidnightInShanghai = Instant.parse("2025-07-19T16:30:00Z");

        assertRefused(() -> project.requestExtension(extensionRequest(project, 6), GUARANTOR_USER,
                afterMidnightInShanghai), "extension-after-term");
    }

    @Test
    void refuses_an_extension_requested_by_another_recommender() {
        assertRefused(() -> project.requestExtension(extensionRequest(project, 3), OTHER_RECOMMENDER,
                A_MONTH_BEFORE_THE_END), "extension-not-guarantor");
    }

    @Test
    void refuses_an_extension_approved_by_its_requester() throws RefusedException {
        Actor requesterWhoIsAlsoAnApprover = Actor.of("xuhui-li", "310104", Role.OPERATOR, Role.APPROVER);
        project.requestExtension(extensionRequest(project, 6), requesterWhoIsAlsoAnApprover, A_MONTH_BEFORE_THE_END);

        assertRefused(() -> project.approveExtension(6, "同意。", requesterWhoIsAlsoAnApprover, DECIDED),
                "extension-self-approval");
        assertThat(project.state()).isEqualTo(ProjectState.EXTENSION_REQUESTED);
        assertThat(project.term().end()).isEqualTo(LAST_DAY);
    }

    @Test
    void refuses_an_approval_by_a_municipal_operator_who_is_not_an_approver() throws RefusedException {
        project.requestExtension(extensionRequest(project, 6), GUARANTOR_USER, A_MONTH_BEFORE_THE_END);

        assertRefused(() -> project.approveExtension(6, "同意。", OPERATOR, DECIDED),
                "extension-approver-not-authorised");
    }

    @Test
    void refuses_an_approval_by_an_approver_of_a_district() throws RefusedException {
        project.requestExtension(extensionRequest(project, 6), GUARANTOR_USER, A_MONTH_BEFORE_THE_END);
        Actor districtApprover = Actor.of("xuhui-chief", "310104", Role.APPROVER);

        assertRefused(() -> project.approveExtension(6, "同意。", districtApprover, DECIDED),
                "extension-approver-not-authorised");
    }

    @Test
    void refuses_a_decision_without_a_reason() throws RefusedException {
        project.requestExtension(extensionRequest(project, 6), GUARANTOR_USER, A_MONTH_BEFORE_THE_END);

        assertRefused(() -> project.refuseExtension("  ", APPROVER, DECIDED), "decision-reason-required");
    }

    @Test
    void a_refused_request_returns_the_project_to_in_progress_without_using_up_the_extension()
            throws RefusedException {
        project.requestExtension(extensionRequest(project, 6), GUARANTOR_USER, A_MONTH_BEFORE_THE_END);

        ProjectEvent refused = project.refuseExtension("理由不充分。", APPROVER, DECIDED);

        assertThat(refused.before()).isEqualTo(ProjectState.EXTENSION_REQUESTED);
        assertThat(refused.after()).isEqualTo(ProjectState.IN_PROGRESS);
        assertThat(project.extensionUsed()).isFalse();
        assertThat(project.term().end()).isEqualTo(LAST_DAY);
        assertThat(project.extensions().get(0).decision().orElseThrow().outcome()).isEqualTo(ExtensionOutcome.REJECTED);

        project.requestExtension(extensionRequest(project, 2), GUARANTOR_USER, noon(LAST_DAY.minusDays(10)));
        project.approveExtension(2, "补充材料后同意。", APPROVER, noon(LAST_DAY.minusDays(5)));
        assertThat(project.term().end()).isEqualTo(LocalDate.of(2025, 9, 19));
        assertThat(project.extensions()).hasSize(2);
    }

    @Test
    void refuses_a_second_request_while_the_first_awaits_its_decision() throws RefusedException {
        project.requestExtension(extensionRequest(project, 6), GUARANTOR_USER, A_MONTH_BEFORE_THE_END);

        assertRefused(() -> project.requestExtension(extensionRequest(project, 3), GUARANTOR_USER, DECIDED),
                "extension-pending");
    }

    @Test
    void approves_after_the_last_day_a_request_made_in_time() throws RefusedException {
        project.requestExtension(extensionRequest(project, 6), GUARANTOR_USER, at(2025, 7, 19, 17, 0));

        project.approveExtension(6, "同意。", APPROVER, noon(LAST_DAY.plusDays(3)));

        assertThat(project.term().end()).isEqualTo(LocalDate.of(2026, 1, 19));
    }

    @Test
    void refuses_a_request_filed_under_another_project() {
        Project other = project("SHBZSD-2023-0012", LocalDate.of(2023, 7, 20));

        assertRefused(() -> project.requestExtension(extensionRequest(other, 3), GUARANTOR_USER,
                A_MONTH_BEFORE_THE_END), "document-wrong-project");
    }

    @Test
    void refuses_a_decision_when_nothing_was_requested() {
        assertRefused(() -> project.approveExtension(6, "同意。", APPROVER, DECIDED), "project-transition-not-allowed");
    }
}
