package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.acceptance.api.AcceptanceEvent;
import cn.sh.pilot.acceptance.api.EvaluationState;
import cn.sh.pilot.acceptance.domain.Actor;
import cn.sh.pilot.acceptance.domain.Organisation;
import cn.sh.pilot.acceptance.domain.Role;
import cn.sh.pilot.contracts.error.RefusedException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import static cn.sh.pilot.acceptance.fixtures.Evaluations.APPLICANT_USCC;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.APPROVER;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.CHEN;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.NOW;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.OPERATOR;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.WU;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.XUHUI;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.ZHOU;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.application;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.criteria;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.keyProject;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.received;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.scoreAll;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.scoreEveryone;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.scoring;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.generalProject;
import static cn.sh.pilot.acceptance.fixtures.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class AcceptanceEvaluationTest {

    private static final Organisation BUREAU = new Organisation("310000", "上海市市场监督管理局");

    @Test
    void there_is_no_computed_result_before_the_panel_has_anyone() {
        assertThat(received(keyProject()).computed()).isEmpty();
    }

    @Test
    void passes_a_project_scored_above_the_threshold_once_a_second_person_confirms() throws RefusedException {
        AcceptanceEvaluation evaluation = scoring(keyProject());
        scoreAll(evaluation, WU, "18", "27", "27", "18");    // 90
        scoreAll(evaluation, ZHOU, "17", "25", "26", "17");  // 85
        scoreAll(evaluation, CHEN, "16", "24", "24", "16");  // 80

        AcceptanceEvent proposed = evaluation.propose("工作机制健全，标准实施效果明显。", OPERATOR, NOW);
        AcceptanceEvent confirmed = evaluation.confirm(APPROVER, NOW.plusSeconds(3600));

        assertThat(proposed.after()).isEqualTo(EvaluationState.PROPOSED);
        assertThat(proposed.detail()).containsEntry("total", "85.00").containsEntry("outcome", "PASS");
        assertThat(confirmed.before()).isEqualTo(EvaluationState.PROPOSED);
        assertThat(confirmed.after()).isEqualTo(EvaluationState.PASSED);
        assertThat(evaluation.confirmedBy()).contains(APPROVER);
        AcceptanceResultNotice notice = evaluation.resultNotice(UUID.randomUUID(), BUREAU, NOW.plusSeconds(7200));
        assertThat(notice.total()).isEqualByComparingTo("85.00");
        assertThat(notice.outcome()).isEqualTo(Outcome.PASS);
        assertThat(notice.experts()).extracting(ExpertResult::expert, ExpertResult::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("吴志刚", new BigDecimal("90.00")),
                        org.assertj.core.groups.Tuple.tuple("周敏", new BigDecimal("85.00")),
                        org.assertj.core.groups.Tuple.tuple("陈立", new BigDecimal("80.00")));
        assertThat(notice.reworkBy()).isNull();
        assertThat(notice.benchmarkDesignated()).isFalse();
        assertThat(notice.evaluated()).isEqualTo(LocalDate.of(2025, 8, 15));
    }

    @Test
    void refuses_a_result_confirmed_by_its_proposer() throws RefusedException {
        Actor operatorAndApprover = Actor.municipal("shi-wang", Role.OPERATOR, Role.APPROVER);
        AcceptanceEvaluation evaluation = scoring(keyProject());
        scoreEveryone(evaluation, "18", "27", "27", "18");
        evaluation.propose("良好。", operatorAndApprover, NOW);

        assertRefused(() -> evaluation.confirm(operatorAndApprover, NOW), "acceptance-self-approval");
        assertThat(evaluation.state()).isEqualTo(EvaluationState.PROPOSED);
    }

    @Test
    void refuses_a_confirmation_by_someone_who_is_not_a_municipal_approver() throws RefusedException {
        AcceptanceEvaluation evaluation = scoring(keyProject());
        scoreEveryone(evaluation, "18", "27", "27", "18");
        evaluation.propose("良好。", OPERATOR, NOW);

        assertRefused(() -> evaluation.confirm(Actor.municipal("shi-zhao", Role.OPERATOR), NOW),
                "acceptance-approver-not-authorised");
        assertRefused(() -> evaluation.confirm(Actor.of("xuhui-chief", XUHUI, Role.APPROVER), NOW),
                "acceptance-approver-not-authorised");
    }

    @Test
    void refuses_an_expert_from_the_applicant_or_the_guarantor() {
        AcceptanceEvaluation evaluation = received(keyProject());
        Expert fromApplicant = new Expert("expert-x", "许某", "上海某城市运行管理中心", APPLICANT_USCC, null);
        Expert fromGuarantor = new Expert("expert-y", "杨某", "徐汇区标准化协会", null, XUHUI);

        assertRefused(() -> evaluation.assign(fromApplicant, OPERATOR, NOW), "acceptance-conflict-of-interest");
        assertRefused(() -> evaluation.assign(fromGuarantor, OPERATOR, NOW), "acceptance-conflict-of-interest");
        assertThat(evaluation.panel()).isEmpty();
    }

    @Test
    void refuses_the_same_expert_twice() throws RefusedException {
        AcceptanceEvaluation evaluation = received(keyProject());
        evaluation.assign(WU, OPERATOR, NOW);

        assertRefused(() -> evaluation.assign(WU, OPERATOR, NOW), "expert-already-on-panel");
    }

    @Test
    void refuses_to_start_scoring_with_fewer_than_three_experts() throws RefusedException {
        AcceptanceEvaluation evaluation = received(keyProject());
        evaluation.assign(WU, OPERATOR, NOW);
        evaluation.assign(ZHOU, OPERATOR, NOW);

        assertRefused(() -> evaluation.startScoring(OPERATOR, NOW), "panel-too-small");
        evaluation.assign(CHEN, OPERATOR, NOW);
        assertThat(evaluation.startScoring(OPERATOR, NOW).after()).isEqualTo(EvaluationState.SCORING);
    }

    @Test
    void takes_the_minimum_panel_from_the_call_rules() throws RefusedException {
        EvaluationRules fivePanel = new EvaluationRules(5, ResultThresholds.standard(), 1, Period.ofMonths(3));
        AcceptanceEvaluation evaluation = AcceptanceEvaluation.receive(application(XUHUI), keyProject(), criteria(),
                fivePanel, OPERATOR, NOW).evaluation();
        for (Expert expert : List.of(WU, ZHOU, CHEN)) {
            evaluation.assign(expert, OPERATOR, NOW);
        }

        assertRefused(() -> evaluation.startScoring(OPERATOR, NOW), "panel-too-small");
    }

    @Test
    void refuses_a_proposal_before_every_expert_scored_every_criterion() throws RefusedException {
        AcceptanceEvaluation evaluation = scoring(keyProject());
        scoreAll(evaluation, WU, "18", "27", "27", "18");
        scoreAll(evaluation, ZHOU, "18", "27", "27", "18");
        evaluation.score(CHEN.id(), "MECHANISM", new BigDecimal("18"), OPERATOR, NOW);

        assertRefused(() -> evaluation.propose("良好。", OPERATOR, NOW), "scores-incomplete");
        assertThat(evaluation.computed()).isEmpty();
    }

    @Test
    void refuses_a_proposal_without_comments() throws RefusedException {
        AcceptanceEvaluation evaluation = scoring(keyProject());
        scoreEveryone(evaluation, "18", "27", "27", "18");

        assertRefused(() -> evaluation.propose(" ", OPERATOR, NOW), "comments-required");
    }

    @Test
    void names_a_passed_key_project_a_benchmark_with_its_reason() throws RefusedException {
        AcceptanceEvaluation evaluation = scoring(keyProject());
        scoreEveryone(evaluation, "19", "28", "28", "19");
        evaluation.proposeAsBenchmark("成效显著。", "“一网统管”事件处置标准已在全区推广，可供其他区复制。", OPERATOR, NOW);
        evaluation.confirm(APPROVER, NOW);

        AcceptanceResultNotice notice = evaluation.resultNotice(UUID.randomUUID(), BUREAU, NOW);
        assertThat(notice.benchmarkDesignated()).isTrue();
        assertThat(notice.benchmarkReason()).startsWith("“一网统管”");
    }

    @Test
    void refuses_to_name_a_general_project_a_benchmark() throws RefusedException {
        AcceptanceEvaluation evaluation = scoring(generalProject());
        scoreEveryone(evaluation, "19", "28", "28", "19");

        assertRefused(() -> evaluation.proposeAsBenchmark("成效显著。", "示范作用强。", OPERATOR, NOW),
                "benchmark-not-key-project");
    }

    @Test
    void refuses_to_name_a_project_in_rework_a_benchmark() throws RefusedException {
        AcceptanceEvaluation evaluation = scoring(keyProject());
        scoreEveryone(evaluation, "14", "21", "21", "14"); // 70

        assertRefused(() -> evaluation.proposeAsBenchmark("需整改。", "示范作用强。", OPERATOR, NOW),
                "benchmark-requires-pass");
    }

    @Test
    void refuses_a_benchmark_without_a_reason() throws RefusedException {
        AcceptanceEvaluation evaluation = scoring(keyProject());
        scoreEveryone(evaluation, "19", "28", "28", "19");

        assertRefused(() -> evaluation.proposeAsBenchmark("成效显著。", "  ", OPERATOR, NOW), "benchmark-reason-required");
        assertThat(evaluation.state()).isEqualTo(EvaluationState.SCORING);
    }

    @Test
    void allows_one_re_evaluation_after_rework_and_then_fails_a_score_still_in_the_rework_band()
            throws RefusedException {
        AcceptanceEvaluation evaluation = scoring(keyProject());
        scoreEveryone(evaluation, "14", "21", "21", "14"); // 70
        evaluation.propose("实施记录不完整，请补充后申请复评。", OPERATOR, NOW);
        AcceptanceEvent rework = evaluation.confirm(APPROVER, NOW);
        assertThat(rework.after()).isEqualTo(EvaluationState.REWORK_REQUIRED);
        assertThat(evaluation.reworkBy()).contains(LocalDate.of(2025, 11, 15));
        assertThat(evaluation.resultNotice(UUID.randomUUID(), BUREAU, NOW).reworkBy())
                .isEqualTo(LocalDate.of(2025, 11, 15));

        AcceptanceEvent resubmitted = evaluation.resubmit(application(XUHUI), OPERATOR, NOW.plusSeconds(86400 * 60));
        assertThat(resubmitted.after()).isEqualTo(EvaluationState.SCORING);
        assertThat(evaluation.round()).isEqualTo(2);
        assertThat(evaluation.isLastRound()).isTrue();
        assertThat(evaluation.scores().of(WU.id())).isEmpty();
        assertThat(evaluation.applications()).hasSize(2);

        scoreEveryone(evaluation, "15", "22", "22", "15"); // 74: rework band, but no rework is left
        evaluation.propose("整改后仍未达到要求。", OPERATOR, NOW);
        assertThat(evaluation.confirm(APPROVER, NOW).after()).isEqualTo(EvaluationState.FAILED);
        assertRefused(() -> evaluation.resubmit(application(XUHUI), OPERATOR, NOW), "evaluation-transition-not-allowed");
    }

    @Test
    void passes_on_re_evaluation_when_the_rework_lifts_the_score() throws RefusedException {
        AcceptanceEvaluation evaluation = scoring(keyProject());
        scoreEveryone(evaluation, "14", "21", "21", "14");
        evaluation.propose("请整改。", OPERATOR, NOW);
        evaluation.confirm(APPROVER, NOW);
        evaluation.resubmit(application(XUHUI), OPERATOR, NOW);
        scoreEveryone(evaluation, "17", "25", "25", "17"); // 84

        evaluation.propose("整改到位。", OPERATOR, NOW);

        assertThat(evaluation.confirm(APPROVER, NOW).after()).isEqualTo(EvaluationState.PASSED);
    }

    @Test
    void lets_the_approver_return_a_proposal_so_a_score_can_be_corrected() throws RefusedException {
        AcceptanceEvaluation evaluation = scoring(keyProject());
        scoreAll(evaluation, WU, "18", "27", "27", "18");
        scoreAll(evaluation, ZHOU, "18", "27", "27", "18");
        scoreAll(evaluation, CHEN, "8", "27", "27", "18"); // 80, a typo for 18
        evaluation.propose("良好。", OPERATOR, NOW);

        evaluation.returnProposal("陈立专家第一项评分疑似录入错误。", APPROVER, NOW);
        evaluation.withdrawScores(CHEN.id(), OPERATOR, NOW);
        scoreAll(evaluation, CHEN, "18", "27", "27", "18");
        evaluation.propose("良好。", OPERATOR, NOW);

        assertThat(evaluation.proposal().orElseThrow().result().total()).isEqualByComparingTo("90.00");
    }

    @Test
    void refuses_an_application_from_another_recommender_or_without_evidence() {
        assertRefused(() -> AcceptanceEvaluation.receive(application("310112"), keyProject(), criteria(),
                EvaluationRules.standard(), OPERATOR, NOW), "acceptance-not-guarantor");
        AcceptanceApplication bare = application(XUHUI);
        AcceptanceApplication noEvidence = new AcceptanceApplication(bare.acceptanceId(), bare.sender(),
                bare.projectNumber(), bare.selfEvaluation(), bare.outputs(), null, List.of(), bare.submitted());
        assertRefused(() -> AcceptanceEvaluation.receive(noEvidence, keyProject(), criteria(),
                EvaluationRules.standard(), OPERATOR, NOW), "evidence-required");
    }

    @Test
    void refuses_an_application_on_another_project() {
        ProjectFacts other = new ProjectFacts(new ProjectNumber("SHBZSD-2023-0012"), "某单位", APPLICANT_USCC, XUHUI,
                true);

        assertRefused(() -> AcceptanceEvaluation.receive(application(XUHUI), other, criteria(),
                EvaluationRules.standard(), OPERATOR, NOW), "document-wrong-project");
    }

    @Test
    void refuses_a_result_notice_before_the_evaluation_is_concluded() throws RefusedException {
        AcceptanceEvaluation evaluation = scoring(keyProject());
        scoreEveryone(evaluation, "18", "27", "27", "18");
        evaluation.propose("良好。", OPERATOR, NOW);

        assertRefused(() -> evaluation.resultNotice(UUID.randomUUID(), BUREAU, NOW), "evaluation-transition-not-allowed");
    }

    @Test
    void refuses_to_assign_experts_once_scoring_started() {
        AcceptanceEvaluation evaluation = scoring(keyProject());

        assertRefused(() -> evaluation.assign(new Expert("expert-new", "新专家", "某技术机构", null, null), OPERATOR, NOW),
                "evaluation-transition-not-allowed");
    }
}
