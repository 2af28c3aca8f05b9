package cn.sh.pilot.projects.domain.project;

import cn.sh.pilot.contracts.error.Verdict;
import cn.sh.pilot.projects.api.ProjectsError;

/**
 * A project opens only with the term of §四(三) (two years from approval) and, if key, with its direction
 * (§三(一)). Checked in that order.
 */
public final class OpeningPolicy {

    public Verdict<ProjectsError> evaluate(ProjectApproval approval) {
        Term term = approval.term();
        if (!term.isTwoYears()) {
            return Verdict.refuse(ProjectsError.TERM_NOT_TWO_YEARS, term.start() + " → " + term.end()
                    + ", expected end " + Term.twoYearsFrom(term.start()).end());
        }
        if (approval.type() == ProjectType.KEY && approval.direction() == null) {
            return Verdict.refuse(ProjectsError.KEY_DIRECTION_MISSING, approval.number().value());
        }
        return Verdict.allow();
    }
}
