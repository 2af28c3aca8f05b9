package cn.sh.pilot.review.domain.preliminary;

import java.util.Objects;

/** The official who wrote the recommender's opinion ({@code bt:Reviewer}); title may be null. */
public record Reviewer(String name, String title) {

    public Reviewer {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a reviewer has a name");
        }
    }
}
