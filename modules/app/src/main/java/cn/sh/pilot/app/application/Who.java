package cn.sh.pilot.app.application;

import cn.sh.pilot.app.domain.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who acts, as the app knows it, translated into each business module's own actor (projects and acceptance keep
 * their own {@code Actor} types and never see each other's).
 *
 * @param organisation {@code 310000} for the municipal bureau, or the recommender code the person acts for
 */
public record Who(String user, String organisation, boolean operator, boolean approver) {

    public static final String MUNICIPAL_BUREAU = "310000";

    /**
     * The signed-in user: a recommender operator acts for its recommender; municipal staff act for the bureau, or —
     * recording a guarantor's paper document — for {@code actingFor}.
     */
    public static Who of(CurrentUser user, String actingFor) {
        String organisation = user.recommenderCode() != null ? user.recommenderCode()
                : actingFor != null ? actingFor : MUNICIPAL_BUREAU;
        return new Who(user.username(), organisation,
                user.has(Role.MUNICIPAL_OPERATOR) || user.has(Role.RECOMMENDER_OPERATOR), user.has(Role.APPROVER));
    }

    public static Who municipal(String user, boolean operator, boolean approver) {
        return new Who(user, MUNICIPAL_BUREAU, operator, approver);
    }

    public cn.sh.pilot.projects.domain.Actor forProjects() {
        Set<cn.sh.pilot.projects.domain.Role> roles = EnumSet.noneOf(cn.sh.pilot.projects.domain.Role.class);
        if (operator) {
            roles.add(cn.sh.pilot.projects.domain.Role.OPERATOR);
        }
        if (approver) {
            roles.add(cn.sh.pilot.projects.domain.Role.APPROVER);
        }
        return new cn.sh.pilot.projects.domain.Actor(user, organisation, roles);
    }

    public cn.sh.pilot.acceptance.domain.Actor forAcceptance() {
        Set<cn.sh.pilot.acceptance.domain.Role> roles = EnumSet.noneOf(cn.sh.pilot.acceptance.domain.Role.class);
        if (operator) {
            roles.add(cn.sh.pilot.acceptance.domain.Role.OPERATOR);
        }
        if (approver) {
            roles.add(cn.sh.pilot.acceptance.domain.Role.APPROVER);
        }
        return new cn.sh.pilot.acceptance.domain.Actor(user, organisation, roles);
    }
}
