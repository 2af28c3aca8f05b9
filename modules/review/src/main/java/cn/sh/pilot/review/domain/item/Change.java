package cn.sh.pilot.review.domain.item;

import java.time.Instant;
import java.util.Objects;

import cn.sh.pilot.review.domain.shared.ShanghaiTime;

/** The last change to an item, so a user who lost a race can be told who acted first. */
public record Change(String userId, String displayName, Instant at, String action) {

    public Change {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
    }

    /** e.g. {@code 王芳 2023-07-20 10:00 confirmed APPROVE}. */
    public String describe() {
        return displayName + " " + ShanghaiTime.minutes(at) + " " + action;
    }
}
