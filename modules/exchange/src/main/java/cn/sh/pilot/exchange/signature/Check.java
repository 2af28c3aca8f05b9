package cn.sh.pilot.exchange.signature;

import java.util.Optional;

import cn.sh.pilot.exchange.PackageError;
import cn.sh.pilot.exchange.Words;

/**
 * One line of a verification report.
 *
 * @param name    which check
 * @param subject what it was about, e.g. the entry name; may be null
 * @param passed  whether it passed
 * @param finding what was found, in plain words (for a failure: the error's message and the detail)
 * @param error   the refusal's error id when it failed, otherwise null
 */
public record Check(CheckName name, String subject, boolean passed, Words finding, PackageError error) {

    static Check pass(CheckName name, String subject, Words finding) {
        return new Check(name, subject, true, finding, null);
    }

    static Check fail(CheckName name, String subject, PackageError error, String detail) {
        String suffix = detail == null || detail.isBlank() ? "" : "（" + detail + "）";
        String enSuffix = detail == null || detail.isBlank() ? "" : " (" + detail + ")";
        return new Check(name, subject, false, Words.of(error.zh() + suffix, error.en() + enSuffix), error);
    }

    public Optional<PackageError> errorId() {
        return Optional.ofNullable(error);
    }
}
