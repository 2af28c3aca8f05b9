package cn.sh.pilot.exchange.receipt;

import java.util.Objects;
import java.util.regex.Pattern;

import cn.sh.pilot.contracts.error.ErrorId;

/**
 * One reason on a receipt: a stable error id and what it means in Chinese and English, with
 * where it applies (an entry, an element path) when known.
 *
 * @param code     kebab-case error id, e.g. {@code digest-mismatch}
 * @param zh       the reason in Chinese, saying what to do next
 * @param en       the reason in English
 * @param location where, or null
 */
public record ReceiptReason(String code, String zh, String en, String location) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int LONG_TEXT = 10_000;
    private static final int SHORT_TEXT = 500;

    public ReceiptReason {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches() || code.length() > 64) {
            throw new IllegalArgumentException("not an error id: " + code);
        }
        zh = clip(Objects.requireNonNull(zh, "zh"), LONG_TEXT);
        en = clip(Objects.requireNonNull(en, "en"), LONG_TEXT);
        location = location == null || location.isBlank() ? null : clip(location, SHORT_TEXT);
    }

    /** The error's own messages, with the detail appended when there is one. */
    public static ReceiptReason of(ErrorId error, String detail) {
        boolean plain = detail == null || detail.isBlank();
        return new ReceiptReason(error.id(), error.zh() + (plain ? "" : "（" + detail + "）"),
                error.en() + (plain ? "" : " (" + detail + ")"), null);
    }

    /** The same reason, placed at {@code where}. */
    public ReceiptReason at(String where) {
        return new ReceiptReason(code, zh, en, where);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
