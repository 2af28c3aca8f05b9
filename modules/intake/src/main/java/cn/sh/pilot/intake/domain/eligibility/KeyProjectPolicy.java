package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.Endorsement;
import cn.sh.pilot.intake.domain.application.PlannedStandardOutput;
import cn.sh.pilot.intake.domain.application.Project;
import cn.sh.pilot.intake.domain.application.ProjectType;
import cn.sh.pilot.intake.domain.call.Call;

/**
 * §三 重点项目: a key project names a direction group of the call and a sub-direction listed under that group
 * (§三(一)); plans at least one local, industry, national or international standard, or an advanced group or
 * enterprise standard (§三(二)); and carries its industry department's endorsement (§三(四)).
 * A general project is not concerned.
 */
public final class KeyProjectPolicy implements ApplicationPolicy {

    @Override
    public Verdict evaluate(Application application, Call call) {
        Project project = application.project();
        if (project.type() != ProjectType.KEY) {
            return Verdict.allow();
        }
        Verdict verdict = Verdict.allow();
        if (project.directionGroupCode() == null || project.directionCode() == null) {
            verdict = verdict.and(Verdict.refuse(IntakeError.KEY_DIRECTION_MISSING));
        } else if (!call.lists(project.directionGroupCode(), project.directionCode())) {
            verdict = verdict.and(Verdict.refuse(IntakeError.KEY_DIRECTION_NOT_LISTED,
                    project.directionGroupCode() + "/" + project.directionCode() + " @ " + call.docNumber()));
        }
        if (project.plannedOutputs().stream().noneMatch(PlannedStandardOutput::isMajorOutput)) {
            verdict = verdict.and(Verdict.refuse(IntakeError.KEY_STANDARD_OUTPUTS_MISSING));
        }
        Endorsement endorsement = project.endorsement();
        if (endorsement == null || !endorsement.isComplete()) {
            verdict = verdict.and(Verdict.refuse(IntakeError.KEY_ENDORSEMENT_MISSING));
        }
        return verdict;
    }
}
