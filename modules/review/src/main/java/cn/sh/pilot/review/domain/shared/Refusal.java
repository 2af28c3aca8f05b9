package cn.sh.pilot.review.domain.shared;

import java.util.Objects;

import cn.sh.pilot.review.api.ReviewError;

/**
 * One reason something is refused.
 *
 * @param subject what the refusal is about (an item id, a rank, a criterion), or empty
 * @param detail  what exactly is wrong, or empty
 */
public record Refusal(ReviewError error, String subject, String detail) {

    public Refusal {
        Objects.requireNonNull(error, "error");
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
    }

    public static Refusal of(ReviewError error, String detail) {
        return new Refusal(error, "", detail);
    }

    public String id() {
        return error.id();
    }

    /** The same refusal about a part of {@code whole}, e.g. {@code <item id> / LEADERSHIP}. */
    public Refusal about(String whole) {
        return new Refusal(error, subject.isEmpty() ? whole : whole + " / " + subject, detail);
    }

    public String zh() {
        return prefix() + error.zh() + (detail.isEmpty() ? "" : "（" + detail + "）");
    }

    public String en() {
        return prefix() + error.en() + (detail.isEmpty() ? "" : " (" + detail + ")");
    }

    private String prefix() {
        return subject.isEmpty() ? "" : "[" + subject + "] ";
    }
}
