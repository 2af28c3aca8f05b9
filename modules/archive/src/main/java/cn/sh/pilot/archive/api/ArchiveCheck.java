package cn.sh.pilot.archive.api;

import java.util.Objects;

/**
 * One line of a verification report, in plain words.
 *
 * @param kind    which check
 * @param subject the file it is about, relative to the bag root (e.g. {@code data/SHBZSD-2023-0007/record.xml}), or null for the whole bag
 * @param passed  whether it passed
 * @param zh      what was found, in Chinese
 * @param en      what was found, in English
 * @param error   the error id when it failed, otherwise null
 */
public record ArchiveCheck(CheckKind kind, String subject, boolean passed, String zh, String en, ArchiveError error) {

    public ArchiveCheck {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static ArchiveCheck pass(CheckKind kind, String subject, String zh, String en) {
        return new ArchiveCheck(kind, subject, true, zh, en, null);
    }

    public static ArchiveCheck fail(CheckKind kind, String subject, ArchiveError error, String detail) {
        String d = detail == null || detail.isBlank() ? "" : detail;
        return new ArchiveCheck(kind, subject, false,
                error.zh() + (d.isEmpty() ? "" : "（" + d + "）"), error.en() + (d.isEmpty() ? "" : " (" + d + ")"), error);
    }

    /** One line for a console: {@code [通过/PASS] title — subject: finding}. */
    public String line() {
        return (passed ? "[通过 PASS] " : "[失败 FAIL] ") + kind.zh() + " / " + kind.en()
                + (subject == null ? "" : " — " + subject) + ": " + zh + " / " + en;
    }
}
