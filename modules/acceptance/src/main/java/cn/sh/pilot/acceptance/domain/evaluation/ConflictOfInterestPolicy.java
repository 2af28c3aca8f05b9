package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.acceptance.api.AcceptanceError;
import cn.sh.pilot.contracts.error.Verdict;

/**
 * An expert may not evaluate a project of their own organisation (same credit code as the applicant) nor one their
 * own recommender guarantees — the rule review applies to its expert scores, applied again here.
 */
public final class ConflictOfInterestPolicy {

    public Verdict<AcceptanceError> evaluate(Expert expert, ProjectFacts project) {
        if (expert.organisationUsccIfKnown().filter(project.applicantUscc()::equals).isPresent()) {
            return Verdict.refuse(AcceptanceError.ACCEPTANCE_CONFLICT_OF_INTEREST,
                    expert.name() + ": works for the applicant " + project.applicantUscc());
        }
        if (expert.recommender().filter(project.guarantorCode()::equals).isPresent()) {
            return Verdict.refuse(AcceptanceError.ACCEPTANCE_CONFLICT_OF_INTEREST,
                    expert.name() + ": belongs to the guarantor " + project.guarantorCode());
        }
        return Verdict.allow();
    }
}
