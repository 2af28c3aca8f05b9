package cn.sh.pilot.app.application;

import cn.sh.pilot.acceptance.application.AcceptanceService;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceApplication;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceEvaluation;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceResultNotice;
import cn.sh.pilot.acceptance.domain.evaluation.EvaluationRules;
import cn.sh.pilot.acceptance.domain.evaluation.Expert;
import cn.sh.pilot.acceptance.domain.evaluation.ProjectFacts;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.application.ProjectService;
import cn.sh.pilot.projects.domain.project.EvaluationResult;
import cn.sh.pilot.projects.domain.project.Project;
import cn.sh.pilot.projects.domain.project.ProjectType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * The acceptance desk (验收评估, notice §四(一), §四(四)): joins projects and acceptance, which never see each other.
 * The guarantor's application moves the project to ACCEPTANCE_APPLIED and opens the evaluation with the project's
 * facts and the call's criteria table; starting the scoring starts the project's evaluation; the confirmed result
 * (four eyes) becomes the project's result. Each use case is one transaction, rolled back on a refusal.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
public class AcceptanceDesk {

    @Inject
    ProjectService projects;
    /**
     * The call whose criteria table judges an acceptance. Projects do not record their call yet (every project
     * today comes from the 2023 call, 沪市监标技〔2023〕139号); when a second call's projects exist, the project
     * must carry its call id (it is in {@code ProjectApproved}) and this constant goes.
     */
    static final String PROJECTS_CALL = "2023-139";

    @Inject
    AcceptanceService acceptance;
    @Inject
    AcceptanceCriteria criteria;
    @Inject
    GuarantorMail mail;

    public AcceptanceEvaluation receive(AcceptanceApplication application, Who guarantor) throws RefusedException {
        String number = application.projectNumber().value();
        Project project = projects.applyForAcceptance(guarantor.forProjects(), number);
        ProjectFacts facts = new ProjectFacts(application.projectNumber(), project.applicant().name(),
                project.applicant().uscc(), project.guarantor().value(), project.type() == ProjectType.KEY);
        return acceptance.receive(application, facts, criteria.ofCall(PROJECTS_CALL),
                EvaluationRules.standard(), guarantor.forAcceptance());
    }

    public Optional<AcceptanceEvaluation> ofProject(String number) {
        return acceptance.ofProject(number);
    }

    public AcceptanceEvaluation get(UUID id) throws RefusedException {
        return acceptance.get(id);
    }

    public AcceptanceEvaluation assign(UUID id, Expert expert, Who operator) throws RefusedException {
        return acceptance.assign(id, expert, operator.forAcceptance());
    }

    public AcceptanceEvaluation startScoring(UUID id, Who operator) throws RefusedException {
        AcceptanceEvaluation evaluation = acceptance.startScoring(id, operator.forAcceptance());
        projects.startEvaluation(operator.forProjects(), evaluation.project().number().value());
        return evaluation;
    }

    public AcceptanceEvaluation score(UUID id, String expertId, String criterion, BigDecimal score, Who by)
            throws RefusedException {
        return acceptance.score(id, expertId, criterion, score, by.forAcceptance());
    }

    public AcceptanceEvaluation withdrawScores(UUID id, String expertId, Who operator) throws RefusedException {
        return acceptance.withdrawScores(id, expertId, operator.forAcceptance());
    }

    public AcceptanceEvaluation propose(UUID id, String comments, String benchmarkReasonOrNull, Who operator)
            throws RefusedException {
        return acceptance.propose(id, comments, benchmarkReasonOrNull, operator.forAcceptance());
    }

    public AcceptanceEvaluation returnProposal(UUID id, String reason, Who approver) throws RefusedException {
        return acceptance.returnProposal(id, reason, approver.forAcceptance());
    }

    /** The approver (not the proposer) confirms; the project records PASSED, FAILED or REWORK. */
    public AcceptanceEvaluation confirm(UUID id, Who approver) throws RefusedException {
        AcceptanceEvaluation evaluation = acceptance.confirm(id, approver.forAcceptance());
        EvaluationResult result = switch (evaluation.state()) {
            case PASSED -> EvaluationResult.PASSED;
            case FAILED -> EvaluationResult.FAILED;
            case REWORK_REQUIRED -> EvaluationResult.REWORK;
            default -> throw new IllegalStateException("confirmed into " + evaluation.state());
        };
        projects.recordEvaluationResult(approver.forProjects(), evaluation.project().number().value(), result);
        AcceptanceResultNotice notice = acceptance.resultNotice(id, ProjectDesk.BUREAU);
        mail.sendAcceptanceResult(evaluation.project().guarantorCode(), notice);
        return evaluation;
    }

    public AcceptanceResultNotice resultNotice(UUID id) throws RefusedException {
        return acceptance.resultNotice(id, ProjectDesk.BUREAU);
    }
}
