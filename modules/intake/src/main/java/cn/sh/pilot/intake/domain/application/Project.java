package cn.sh.pilot.intake.domain.application;

import java.util.List;
import java.util.Objects;

/**
 * The project applied for.
 *
 * @param directionGroupCode a §三(一) group code of the call, e.g. {@code PUBLIC_SERVICE}; null when none is named
 * @param directionCode      a sub-direction code under that group, e.g. {@code ELDERLY_CARE}; null when none is named
 * @param endorsement        the industry department's endorsement (§三(四)); null when there is none
 * @param internalOnly       the project is standardization inside the applicant only (§二(四))
 * @param goals              试点目标, verifiable goals (the application document asks for 1 to 20)
 * @param budget             经费预算; null while not yet entered (the application document requires it)
 */
public record Project(
        String name,
        ProjectType type,
        PilotKind pilotKind,
        String directionGroupCode,
        String directionCode,
        List<PlannedStandardOutput> plannedOutputs,
        Endorsement endorsement,
        String summary,
        boolean internalOnly,
        List<String> goals,
        Budget budget) {

    public Project {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(pilotKind, "pilotKind");
        plannedOutputs = List.copyOf(plannedOutputs);
        summary = summary == null ? "" : summary;
        directionGroupCode = blankToNull(directionGroupCode);
        directionCode = blankToNull(directionCode);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    /** A project without goals and budget yet. */
    public Project(String name, ProjectType type, PilotKind pilotKind, String directionGroupCode, String directionCode,
                   List<PlannedStandardOutput> plannedOutputs, Endorsement endorsement, String summary, boolean internalOnly) {
        this(name, type, pilotKind, directionGroupCode, directionCode, plannedOutputs, endorsement, summary, internalOnly,
                List.of(), null);
    }

    public Project withType(ProjectType value) {
        return new Project(name, value, pilotKind, directionGroupCode, directionCode, plannedOutputs, endorsement, summary, internalOnly, goals, budget);
    }

    public Project withPilotKind(PilotKind value) {
        return new Project(name, type, value, directionGroupCode, directionCode, plannedOutputs, endorsement, summary, internalOnly, goals, budget);
    }

    public Project withDirection(String groupCode, String subDirectionCode) {
        return new Project(name, type, pilotKind, groupCode, subDirectionCode, plannedOutputs, endorsement, summary, internalOnly, goals, budget);
    }

    public Project withPlannedOutputs(List<PlannedStandardOutput> value) {
        return new Project(name, type, pilotKind, directionGroupCode, directionCode, value, endorsement, summary, internalOnly, goals, budget);
    }

    public Project withEndorsement(Endorsement value) {
        return new Project(name, type, pilotKind, directionGroupCode, directionCode, plannedOutputs, value, summary, internalOnly, goals, budget);
    }

    public Project withInternalOnly(boolean value) {
        return new Project(name, type, pilotKind, directionGroupCode, directionCode, plannedOutputs, endorsement, summary, value, goals, budget);
    }

    public Project withGoals(List<String> value) {
        return new Project(name, type, pilotKind, directionGroupCode, directionCode, plannedOutputs, endorsement, summary, internalOnly, value, budget);
    }

    public Project withBudget(Budget value) {
        return new Project(name, type, pilotKind, directionGroupCode, directionCode, plannedOutputs, endorsement, summary, internalOnly, goals, value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
