package cn.sh.pilot.exchange.signature;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.PackageError;

/**
 * The outcome of verifying one package: every check that ran, in order, and the verdict. A
 * package is accepted only if every check passed; checks after a refusal that makes them
 * meaningless are not run. What was learnt along the way (sender, signer, signing time) is kept
 * for receipts and logs.
 */
public record VerificationReport(Path pkg, List<Check> checks, String payloadName, String claimedSender,
                                 X509Certificate signer, OffsetDateTime signingTime) {

    public VerificationReport {
        checks = List.copyOf(checks);
    }

    /** Whether the package is accepted. */
    public boolean accepted() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
    }

    /** The first failed check, which decides the refusal. */
    public Optional<Check> firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst();
    }

    /** The refusal's error id, if refused. */
    public Optional<PackageError> error() {
        return firstFailure().map(Check::error);
    }

    /** The failed checks (several when more than one entry's digest fails). */
    public List<Check> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** Throws the refusal if the package was refused, otherwise returns this report. */
    public VerificationReport orThrow() throws RefusedException {
        Optional<Check> failure = firstFailure();
        if (failure.isPresent()) {
            Check c = failure.get();
            throw new RefusedException(c.error(), c.subject() == null ? c.finding().en() : c.subject());
        }
        return this;
    }
}
