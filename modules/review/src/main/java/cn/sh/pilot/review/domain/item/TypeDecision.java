package cn.sh.pilot.review.domain.item;

import java.time.Instant;
import java.util.Objects;

import cn.sh.pilot.review.domain.shared.ProjectType;

/** A confirmation (from = to) or change of the project type, with who, when and why. */
public record TypeDecision(ProjectType from, ProjectType to, String reason, String decidedBy, Instant decidedAt) {

    public TypeDecision {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        reason = reason == null ? "" : reason.strip();
    }

    public boolean isChange() {
        return from != to;
    }
}
