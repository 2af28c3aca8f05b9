package cn.sh.pilot.exchange.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;

/**
 * The layout of a trust folder, and the few writes that build one:
 *
 * <pre>
 * &lt;folder&gt;/authorities/*.pem        trusted certificate authorities (one or more certificates per file)
 * &lt;folder&gt;/signers/&lt;code&gt;/*.pem      signing certificates registered to a code (310000 = municipal site)
 * &lt;folder&gt;/revocations.txt            one line per revoked certificate:
 *                                       &lt;sha256 fingerprint hex&gt; &lt;revoked-at, e.g. 2025-06-01T00:00:00+08:00&gt; &lt;reason&gt;
 *                                       '#' starts a comment line
 * </pre>
 */
public record TrustFolder(Path root) {

    static final String REVOCATIONS_HEADER = """
            # 吊销列表 / revocation list
            # <证书 SHA-256 指纹 / certificate SHA-256 fingerprint> <吊销时间 / revoked at (ISO-8601 with offset)> <原因 / reason>
            # e.g. 3f1c…e9 2025-06-01T00:00:00+08:00 keyCompromise 私钥泄露
            """;

    public Path authorities() {
        return root.resolve("authorities");
    }

    public Path signers() {
        return root.resolve("signers");
    }

    public Path revocations() {
        return root.resolve("revocations.txt");
    }

    /** Adds a trusted authority as {@code authorities/<name>.pem}. */
    public void addAuthority(String name, X509Certificate authority) throws IOException {
        Files.createDirectories(authorities());
        Files.writeString(authorities().resolve(name + ".pem"), Pem.write(authority));
        ensureRevocationList();
    }

    /** Registers a signing certificate for a code as {@code signers/<code>/<fingerprint prefix>.pem}. */
    public void register(String code, X509Certificate certificate) throws IOException {
        Path dir = signers().resolve(code);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(code + "-" + Fingerprint.of(certificate).substring(0, 16) + ".pem"),
                Pem.write(certificate));
    }

    /** Appends a revocation line. */
    public void revoke(X509Certificate certificate, OffsetDateTime revokedAt, String reason) throws IOException {
        ensureRevocationList();
        String line = Fingerprint.of(certificate) + " " + revokedAt + " " + reason.replaceAll("\\s+", " ") + "\n";
        Files.writeString(revocations(), line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private void ensureRevocationList() throws IOException {
        if (!Files.exists(revocations())) {
            Files.createDirectories(root);
            Files.writeString(revocations(), REVOCATIONS_HEADER, StandardCharsets.UTF_8);
        }
    }
}
