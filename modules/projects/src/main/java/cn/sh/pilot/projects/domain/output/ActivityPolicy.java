package cn.sh.pilot.projects.domain.output;

import cn.sh.pilot.contracts.error.Verdict;
import cn.sh.pilot.projects.api.ProjectsError;

/** A publicity or training activity has a date, a kind, a description and an audience that is not negative. */
public final class ActivityPolicy {

    public Verdict<ProjectsError> evaluate(PublicityActivity activity) {
        if (activity.date() == null || activity.kind() == null) {
            return Verdict.refuse(ProjectsError.ACTIVITY_INVALID, "date and kind are required");
        }
        if (activity.description() == null || activity.description().isBlank()) {
            return Verdict.refuse(ProjectsError.ACTIVITY_INVALID, "description is required");
        }
        if (activity.audience() < 0) {
            return Verdict.refuse(ProjectsError.ACTIVITY_INVALID, "audience " + activity.audience());
        }
        return Verdict.allow();
    }
}
