package cn.sh.pilot.cli.transport;

import cn.sh.pilot.cli.packages.ReportPrinter;
import cn.sh.pilot.contracts.error.ErrorId;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.signature.Check;
import cn.sh.pilot.exchange.signature.CheckName;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.transport.client.Delivery;
import cn.sh.pilot.exchange.transport.client.SftpSender;
import cn.sh.pilot.exchange.trust.FolderTrustStore;
import cn.sh.pilot.exchange.trust.Revocation;
import cn.sh.pilot.exchange.trust.TrustStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What sending a signed package needs, whatever it carries: the local check before, the upload under a name. */
public final class Outgoing {

    /** Without a trust folder these checks cannot pass; every other one must. */
    private static final Set<CheckName> NEED_TRUST = EnumSet.of(CheckName.CERTIFICATE_ISSUER, CheckName.CERTIFICATE_VALIDITY,
            CheckName.CERTIFICATE_PATH, CheckName.CERTIFICATE_USAGE, CheckName.CERTIFICATE_REVOCATION,
            CheckName.CERTIFICATE_REGISTRATION, CheckName.SENDER);

    private Outgoing() {
    }

    /**
     * The full verification with a trust folder; without one, every check that needs no trust must pass.
     *
     * @param notSigned the refusal when the package is not (validly) signed and no trust folder was given
     */
    public static VerificationReport verify(Path pkg, Path trust, ErrorId notSigned, PrintWriter out)
            throws IOException, RefusedException {
        if (trust != null) {
            VerificationReport report = new PackageVerifier(FolderTrustStore.load(trust)).verify(pkg);
            ReportPrinter.checks(report, out);
            ReportPrinter.verdict(report, out);
            if (!report.accepted()) {
                Check failed = report.firstFailure().orElseThrow();
                throw new RefusedException(failed.error(), failed.subject());
            }
            return report;
        }
        VerificationReport report = new PackageVerifier(NO_TRUST).verify(pkg);
        Optional<Check> failed = report.checks().stream().filter(c -> !c.passed())
                .filter(c -> !NEED_TRUST.contains(c.name())).findFirst();
        if (failed.isPresent() || report.checks().stream().noneMatch(c -> c.name() == CheckName.SIGNATURE_VALUE && c.passed())) {
            ReportPrinter.checks(report, out);
            throw new RefusedException(notSigned,
                    failed.map(c -> c.error().id() + (c.subject() == null ? "" : " " + c.subject())).orElse("signature"));
        }
        out.println("  [通过 PASS] 签名与内容完整 / signature and content intact — 签名者 / signer "
                + report.signer().getSubjectX500Principal().getName());
        out.println("  注意 / note: 未给出 --trust，未核验证书 / no --trust given: the certificate was not checked");
        return report;
    }

    /** Sends a hard link (or copy) of the package named as the municipal inbox expects, from a private temporary folder. */
    public static Delivery deliver(Path pkg, String remoteName, SftpOptions sftp, PrintWriter out)
            throws IOException, RefusedException {
        Path staging = Files.createTempDirectory("pilot-send-");
        Path named = staging.resolve(remoteName);
        try {
            try {
                Files.createLink(named, pkg.toAbsolutePath());
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(pkg, named, StandardCopyOption.COPY_ATTRIBUTES);
            }
            out.println("  上传 / uploading → inbox/" + remoteName);
            try (SftpSender sender = new SftpSender(sftp.target(), sftp.retryPolicy(), SftpOptions.printingTo(out))) {
                return sender.send(named, "inbox");
            }
        } finally {
            Files.deleteIfExists(named);
            Files.deleteIfExists(staging);
        }
    }

    /** A trust store that trusts nothing: the checks of structure, signature and digests still run. */
    private static final TrustStore NO_TRUST = new TrustStore() {
        @Override
        public List<X509Certificate> authorities() {
            return List.of();
        }

        @Override
        public Set<String> registrationsOf(X509Certificate certificate) {
            return Set.of();
        }

        @Override
        public List<X509Certificate> certificatesOf(String code) {
            return List.of();
        }

        @Override
        public Optional<Revocation> revocationOf(X509Certificate certificate) {
            return Optional.empty();
        }
    };
}
