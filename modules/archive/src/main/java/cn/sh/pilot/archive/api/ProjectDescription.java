package cn.sh.pilot.archive.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import cn.sh.pilot.contracts.archive.v1.AcceptanceOutcome;
import cn.sh.pilot.contracts.archive.v1.ProjectStatus;
import cn.sh.pilot.contracts.common.v1.DirectionGroup;
import cn.sh.pilot.contracts.common.v1.PilotKind;
import cn.sh.pilot.contracts.common.v1.ProjectType;

/**
 * A project's descriptive metadata as the archive needs it. Enumerations are the contract's own types.
 *
 * @param projectNumber  e.g. {@code SHBZSD-2023-0007}, or {@code null} before (or without) approval
 * @param applicationId  the application's id; never null (every project starts as an application)
 * @param projectName    项目名称
 * @param applicant      申报单位 (unified social credit code and name)
 * @param recommender    推荐单位 / 保证单位
 * @param callId         e.g. {@code 2023-139}
 * @param type           一般 / 重点
 * @param pilotKind      试点类别, or null
 * @param directionGroup key projects' direction group, or null
 * @param subDirection   key projects' sub-direction code, or null
 * @param status         status when exported
 * @param submitted      申报日期
 * @param approved       立项日期, or null
 * @param termEnd        term end including an approved extension, or null
 * @param closed         办结日期 (rejection, acceptance, termination), or null while open
 * @param result         acceptance result, or null
 * @param benchmark      named a benchmark (标杆)
 */
public record ProjectDescription(String projectNumber, UUID applicationId, String projectName, Organisation applicant,
                                 Organisation recommender, String callId, ProjectType type, PilotKind pilotKind,
                                 DirectionGroup directionGroup, String subDirection, ProjectStatus status,
                                 LocalDate submitted, LocalDate approved, LocalDate termEnd, LocalDate closed,
                                 AcceptanceOutcome result, boolean benchmark) {

    public ProjectDescription {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(recommender, "recommender");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submitted, "submitted");
    }

    /** The latest of the known dates: what a selection's date range is compared with. */
    public LocalDate lastActivity() {
        LocalDate last = submitted;
        for (LocalDate d : new LocalDate[] {approved, closed}) {
            if (d != null && d.isAfter(last)) {
                last = d;
            }
        }
        return last;
    }
}
