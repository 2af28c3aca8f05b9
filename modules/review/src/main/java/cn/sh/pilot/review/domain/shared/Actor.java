package cn.sh.pilot.review.domain.shared;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The signed-in person acting, as the application layer hands it to the domain: a stable user id,
 * the name shown to others (e.g. "decided first by …") and the roles review cares about.
 */
public record Actor(String userId, String displayName, Set<ReviewRole> roles) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("a user id is not blank");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(String userId, String displayName, ReviewRole... roles) {
        return new Actor(userId, displayName, Set.of(roles));
    }

    public boolean holds(ReviewRole role) {
        return roles.contains(role);
    }

    public boolean isSamePersonAs(Actor other) {
        return userId.equals(other.userId);
    }
}
