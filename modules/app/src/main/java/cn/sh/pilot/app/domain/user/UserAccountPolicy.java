package cn.sh.pilot.app.domain.user;

import cn.sh.pilot.app.domain.security.Role;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes an account valid:
 * <ul>
 *   <li>user name: 3–40 of {@code a-z 0-9 . _ -}, starting with a letter or digit;</li>
 *   <li>at least one role;</li>
 *   <li>a recommender operator is bound to exactly one active recommender other than the municipal bureau,
 *       and holds no municipal role; any other account is bound to none;</li>
 *   <li>the last enabled administrator cannot be disabled or lose the ADMIN role.</li>
 * </ul>
 * Each refusal is a stable id that the console translates.
 */
public final class UserAccountPolicy {

    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    private UserAccountPolicy() {
    }

    /**
     * @param recommenderUsable whether {@code recommenderCode} names an active district or department
     */
    public static Optional<String> check(String username, Set<Role> roles, String recommenderCode, boolean recommenderUsable) {
        if (username == null || !USER_NAME.matcher(username).matches()) {
            return Optional.of("invalid-username");
        }
        if (roles == null || roles.isEmpty()) {
            return Optional.of("no-role");
        }
        boolean operator = roles.contains(Role.RECOMMENDER_OPERATOR);
        if (operator && roles.size() > 1) {
            return Optional.of("recommender-operator-only-role");
        }
        if (operator && (recommenderCode == null || recommenderCode.isBlank())) {
            return Optional.of("recommender-required");
        }
        if (operator && !recommenderUsable) {
            return Optional.of("recommender-not-usable");
        }
        if (!operator && recommenderCode != null && !recommenderCode.isBlank()) {
            return Optional.of("recommender-only-for-operators");
        }
        return Optional.empty();
    }

    /**
     * @param otherEnabledAdmins enabled administrators other than this account
     */
    public static Optional<String> checkAdminRemains(boolean wasEnabledAdmin, boolean staysEnabledAdmin, long otherEnabledAdmins) {
        if (wasEnabledAdmin && !staysEnabledAdmin && otherEnabledAdmins == 0) {
            return Optional.of("last-admin");
        }
        return Optional.empty();
    }
}
