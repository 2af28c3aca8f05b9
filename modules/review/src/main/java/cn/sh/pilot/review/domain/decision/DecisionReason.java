package cn.sh.pilot.review.domain.decision;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Why an item is approved or rejected: a kebab-case code (e.g. {@code internal-standardization-only})
 * and the text in Chinese and English; the decision notice carries all three for a rejection.
 * Without an English text the Chinese one stands for both.
 */
public record DecisionReason(String code, String zh, String en) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public DecisionReason {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches() || code.length() > 64) {
            throw new IllegalArgumentException("a reason code is kebab-case, at most 64 characters: " + code);
        }
        zh = zh == null ? "" : zh.strip();
        en = en == null || en.isBlank() ? zh : en.strip();
    }

    public boolean isBlank() {
        return zh.isEmpty();
    }
}
