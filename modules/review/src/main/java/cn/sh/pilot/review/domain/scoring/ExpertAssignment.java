package cn.sh.pilot.review.domain.scoring;

import java.time.Instant;
import java.util.Objects;

/** An expert assigned to score one item, by whom and when. */
public record ExpertAssignment(Expert expert, String assignedBy, Instant assignedAt) {

    public ExpertAssignment {
        Objects.requireNonNull(expert, "expert");
        Objects.requireNonNull(assignedBy, "assignedBy");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }
}
