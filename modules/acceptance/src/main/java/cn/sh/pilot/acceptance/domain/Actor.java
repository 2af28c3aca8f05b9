package cn.sh.pilot.acceptance.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Who does something: a user id (or, for a signed package, the signer's certificate subject), the organisation
 * they act for (a recommender code, or {@value #MUNICIPAL_BUREAU} for the municipal bureau) and their roles.
 */
public record Actor(String userId, String organisation, Set<Role> roles) {

    /** The municipal bureau's party code (市市场监管局), as in the exchange schemas. */
    public static final String MUNICIPAL_BUREAU = "310000";

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organisation, "organisation");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId is blank");
        }
        roles = Set.copyOf(roles);
    }

    public static Actor municipal(String userId, Role... roles) {
        return new Actor(userId, MUNICIPAL_BUREAU, Set.of(roles));
    }

    public static Actor of(String userId, String organisation, Role... roles) {
        return new Actor(userId, organisation, Set.of(roles));
    }

    public boolean isMunicipal() {
        return MUNICIPAL_BUREAU.equals(organisation);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The same person, whatever roles or organisation they act in. */
    public boolean isSamePersonAs(Actor other) {
        return userId.equals(other.userId);
    }
}
