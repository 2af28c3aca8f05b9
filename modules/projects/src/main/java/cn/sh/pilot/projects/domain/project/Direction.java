package cn.sh.pilot.projects.domain.project;

import java.util.Objects;

/**
 * A key project's direction (§三(一)): the group code ({@code cm:DirectionGroup}, e.g. {@code SOCIAL_MGMT}) and the
 * sub-direction code of the call (e.g. {@code city-digital-governance}). Codes are call data, not an enum here.
 */
public record Direction(String group, String subDirection) {

    public Direction {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(subDirection, "subDirection");
    }
}
