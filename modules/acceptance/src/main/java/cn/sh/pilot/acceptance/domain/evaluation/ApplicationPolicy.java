package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.acceptance.api.AcceptanceError;
import cn.sh.pilot.contracts.error.Verdict;

/**
 * An acceptance application (first or after rework) is taken for the project it names, from that project's
 * guarantor, with at least one piece of evidence. Checked in that order.
 */
public final class ApplicationPolicy {

    public Verdict<AcceptanceError> evaluate(AcceptanceApplication application, ProjectFacts project) {
        if (!application.projectNumber().equals(project.number())) {
            return Verdict.refuse(AcceptanceError.DOCUMENT_WRONG_PROJECT,
                    application.projectNumber() + " ≠ " + project.number());
        }
        if (!application.sender().code().equals(project.guarantorCode())) {
            return Verdict.refuse(AcceptanceError.ACCEPTANCE_NOT_GUARANTOR,
                    application.sender().code() + " ≠ guarantor " + project.guarantorCode());
        }
        if (application.evidence().isEmpty()) {
            return Verdict.refuse(AcceptanceError.EVIDENCE_REQUIRED, application.acceptanceId().toString());
        }
        return Verdict.allow();
    }
}
