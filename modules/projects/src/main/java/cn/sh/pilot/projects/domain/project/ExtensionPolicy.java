package cn.sh.pilot.projects.domain.project;

import cn.sh.pilot.contracts.error.Verdict;
import cn.sh.pilot.projects.api.ProjectState;
import cn.sh.pilot.projects.api.ProjectsError;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.Role;
import cn.sh.pilot.projects.domain.Shanghai;

import java.time.Instant;
import java.time.LocalDate;

/**
 * §四(三) “特殊情形下，经批准，项目期限可以延长半年”: one extension per project, 1 to 6 months, asked for by the
 * guarantor on or before the last day of the term, effective only once a municipal approver other than the
 * requester approves it.
 *
 * <p>A request is checked in this order: extension already used, a request already pending, the project's state,
 * the requester is the guarantor, the months, the date. The date is the Shanghai day the municipal site received
 * the request (not the self-declared submission time); the last day of the term still counts.
 *
 * <p>Decision: a <em>refused</em> request does not use up the one extension — “经批准” makes the approved
 * extension the one the notice limits; the guarantor may ask again while the term runs.
 */
public final class ExtensionPolicy {

    /** Half a year (半年). */
    public static final int MAX_MONTHS = 6;

    public Verdict<ProjectsError> mayRequest(Project project, ExtensionRequest request, Actor requester,
                                             Instant receivedAt) {
        if (!project.number().equals(request.projectNumber())) {
            return Verdict.refuse(ProjectsError.DOCUMENT_WRONG_PROJECT,
                    request.projectNumber() + " ≠ " + project.number());
        }
        if (project.extensionUsed()) {
            return Verdict.refuse(ProjectsError.EXTENSION_ALREADY_USED, "term ends " + project.term().end());
        }
        if (project.state() == ProjectState.EXTENSION_REQUESTED) {
            return Verdict.refuse(ProjectsError.EXTENSION_PENDING, project.number().value());
        }
        if (project.state() != ProjectState.IN_PROGRESS) {
            return Verdict.refuse(ProjectsError.PROJECT_TRANSITION_NOT_ALLOWED,
                    project.state() + " → " + ProjectState.EXTENSION_REQUESTED);
        }
        if (!project.guarantor().value().equals(requester.organisation())) {
            return Verdict.refuse(ProjectsError.EXTENSION_NOT_GUARANTOR,
                    requester.organisation() + " ≠ guarantor " + project.guarantor());
        }
        if (request.months() < 1) {
            return Verdict.refuse(ProjectsError.EXTENSION_TOO_SHORT, request.months() + " months");
        }
        if (request.months() > MAX_MONTHS) {
            return Verdict.refuse(ProjectsError.EXTENSION_TOO_LONG, request.months() + " months");
        }
        LocalDate day = Shanghai.dayOf(receivedAt);
        if (project.term().hasEndedOn(day)) {
            return Verdict.refuse(ProjectsError.EXTENSION_AFTER_TERM,
                    "received " + day + ", term ended " + project.term().end());
        }
        return Verdict.allow();
    }

    /**
     * Approving or refusing: checked in this order — something is pending, the decider is not the requester,
     * the decider is a municipal approver, a reason is given, and (approval only) 1 ≤ granted ≤ requested months.
     *
     * @param grantedMonths months granted; ignored ({@code 0}) for a refusal
     */
    public Verdict<ProjectsError> mayDecide(Project project, Actor approver, ExtensionOutcome outcome,
                                            int grantedMonths, String reason) {
        Extension pending = project.pendingExtension().orElse(null);
        if (pending == null) {
            return Verdict.refuse(ProjectsError.PROJECT_TRANSITION_NOT_ALLOWED,
                    project.state() + ": no extension request to decide");
        }
        if (approver.isSamePersonAs(pending.requestedBy())) {
            return Verdict.refuse(ProjectsError.EXTENSION_SELF_APPROVAL, approver.userId());
        }
        if (!approver.isMunicipal() || !approver.has(Role.APPROVER)) {
            return Verdict.refuse(ProjectsError.EXTENSION_APPROVER_NOT_AUTHORISED,
                    approver.userId() + " @ " + approver.organisation() + " " + approver.roles());
        }
        if (reason == null || reason.isBlank()) {
            return Verdict.refuse(ProjectsError.DECISION_REASON_REQUIRED, "");
        }
        if (outcome == ExtensionOutcome.APPROVED && (grantedMonths < 1 || grantedMonths > pending.months())) {
            return Verdict.refuse(ProjectsError.EXTENSION_GRANT_EXCEEDS_REQUEST,
                    "granted " + grantedMonths + ", requested " + pending.months());
        }
        return Verdict.allow();
    }
}
