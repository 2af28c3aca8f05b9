package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;

import java.util.Objects;

/**
 * One reason an application is refused.
 *
 * @param detail what exactly is wrong (the value, the record, the date), or empty
 */
public record Refusal(IntakeError error, String detail) {

    public Refusal {
        Objects.requireNonNull(error, "error");
        detail = detail == null ? "" : detail;
    }

    public String id() {
        return error.id();
    }

    public String zh() {
        return detail.isEmpty() ? error.zh() : error.zh() + "（" + detail + "）";
    }

    public String en() {
        return detail.isEmpty() ? error.en() : error.en() + " (" + detail + ")";
    }
}
