package cn.sh.pilot.app.application;

import cn.sh.pilot.app.domain.security.Role;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ApprovedProject;
import cn.sh.pilot.projects.application.ProjectService;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.project.ExtensionRequest;
import cn.sh.pilot.projects.domain.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The projects desk: each use case of {@link ProjectService} in one transaction (the audit entry commits with the
 * change or not at all; a refusal rolls back). Who acts is passed in as the projects module's {@link Actor};
 * {@link #actor(CurrentUser, String)} translates the signed-in user.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
public class ProjectDesk {

    @Inject
    ProjectService projects;

    /**
     * The signed-in user as projects sees them: municipal operators and approvers act for the bureau (310000) unless
     * {@code actingFor} names the guarantor whose paper request they record; a recommender operator acts for its
     * recommender.
     */
    public static Actor actor(CurrentUser user, String actingFor) {
        Set<cn.sh.pilot.projects.domain.Role> roles = EnumSet.noneOf(cn.sh.pilot.projects.domain.Role.class);
        if (user.has(Role.MUNICIPAL_OPERATOR) || user.has(Role.RECOMMENDER_OPERATOR)) {
            roles.add(cn.sh.pilot.projects.domain.Role.OPERATOR);
        }
        if (user.has(Role.APPROVER)) {
            roles.add(cn.sh.pilot.projects.domain.Role.APPROVER);
        }
        String organisation = user.recommenderCode() != null ? user.recommenderCode()
                : actingFor != null ? actingFor : Actor.MUNICIPAL_BUREAU;
        return new Actor(user.username(), organisation, roles);
    }

    public boolean open(ApprovedProject approved) throws RefusedException {
        return projects.open(approved);
    }

    public Project get(String number) throws RefusedException {
        return projects.get(number);
    }

    public List<Project> list(String guarantorOrNull) throws RefusedException {
        return projects.list(guarantorOrNull);
    }

    public ExtensionRequest requestExtension(Actor requester, String senderName, String number, int months,
            String reason) throws RefusedException {
        return projects.requestExtension(requester, senderName, number, months, reason, List.of());
    }

    public Project approveExtension(Actor approver, String number, int months, String reason) throws RefusedException {
        return projects.approveExtension(approver, number, months, reason);
    }

    public Project refuseExtension(Actor approver, String number, String reason) throws RefusedException {
        return projects.refuseExtension(approver, number, reason);
    }

    public Project applyForAcceptance(Actor guarantorUser, String number) throws RefusedException {
        return projects.applyForAcceptance(guarantorUser, number);
    }

    public ProjectService.ClockLists clockLists() {
        return projects.clockLists();
    }
}
