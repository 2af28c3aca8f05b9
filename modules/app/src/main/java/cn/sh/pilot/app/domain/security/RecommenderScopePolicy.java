package cn.sh.pilot.app.domain.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who may see and change a recommender's records (DESIGN.md §2 "a recommender can only submit for itself").
 * <ul>
 *   <li>a recommender operator: only the recommender it is bound to, to view and to change;</li>
 *   <li>administrators and municipal operators: every recommender, to view and to change;</li>
 *   <li>experts, approvers, archivists: every recommender, to view only;</li>
 *   <li>anyone else: nothing.</li>
 * </ul>
 * Every page, REST resource and service that touches recommender-owned data goes through this rule
 * (via the application's {@code RecommenderScope}).
 */
public final class RecommenderScopePolicy {

    public record Decision(boolean allowed, String reason) {
        static Decision allow() {
            return new Decision(true, "allowed");
        }

        static Decision refuse(String reason) {
            return new Decision(false, reason);
        }
    }

    private RecommenderScopePolicy() {
    }

    public static Decision decide(Set<Role> roles, String boundRecommender, String recommender, Access access) {
        if (recommender == null || recommender.isBlank()) {
            return Decision.refuse("no-recommender");
        }
        if (roles.stream().anyMatch(Role.MAY_CHANGE_ANY_RECOMMENDER::contains)) {
            return Decision.allow();
        }
        if (roles.stream().anyMatch(Role.MUNICIPAL_STAFF::contains)) {
            return access == Access.VIEW ? Decision.allow() : Decision.refuse("read-only-role");
        }
        if (roles.contains(Role.RECOMMENDER_OPERATOR)) {
            return recommender.equals(boundRecommender) ? Decision.allow() : Decision.refuse("not-your-recommender");
        }
        return Decision.refuse("no-role");
    }

    /**
     * The recommenders whose records a caller may list: empty = all of them, otherwise exactly the set given
     * (possibly none).
     */
    public static Optional<Set<String>> visibleRecommenders(Set<Role> roles, String boundRecommender) {
        if (roles.stream().anyMatch(Role.MUNICIPAL_STAFF::contains)) {
            return Optional.empty();
        }
        if (roles.contains(Role.RECOMMENDER_OPERATOR) && boundRecommender != null) {
            return Optional.of(Set.of(boundRecommender));
        }
        return Optional.of(Set.of());
    }
}
