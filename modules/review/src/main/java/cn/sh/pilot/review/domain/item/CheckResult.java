package cn.sh.pilot.review.domain.item;

import java.time.Instant;
import java.util.Objects;

/** The outcome of one check on one item: passed or failed with a note saying what is wrong. */
public record CheckResult(String code, boolean passed, String note, String checkedBy, Instant checkedAt) {

    public CheckResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(checkedBy, "checkedBy");
        Objects.requireNonNull(checkedAt, "checkedAt");
        note = note == null ? "" : note.strip();
    }
}
