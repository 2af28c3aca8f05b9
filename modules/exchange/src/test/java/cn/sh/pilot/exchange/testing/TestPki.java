package cn.sh.pilot.exchange.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

import cn.sh.pilot.exchange.keys.CertificateIssuer;
import cn.sh.pilot.exchange.keys.KeyType;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.trust.FolderTrustStore;
import cn.sh.pilot.exchange.trust.TrustFolder;
import cn.sh.pilot.exchange.trust.TrustStore;

/**
 * A small PKI in a temporary folder for tests: one authority, signer keys issued and registered
 * on demand, and the trust folder that describes them.
 */
public final class TestPki {

    private final KeyType type;
    private final KeyPair caKeys;
    private final X509Certificate ca;
    private final TrustFolder folder;

    private TestPki(Path dir, KeyType type, String caName) throws IOException {
        this.type = type;
        this.caKeys = type.generate();
        Instant now = Instant.now();
        this.ca = CertificateIssuer.authority(caKeys, "CN=" + caName + ",O=Test,C=CN", now.minus(Duration.ofDays(400)),
                now.plus(Duration.ofDays(3650)));
        this.folder = new TrustFolder(dir.resolve("trust"));
        folder.addAuthority("ca", ca);
        Files.writeString(dir.resolve("ca.pem"), cn.sh.pilot.exchange.trust.Pem.write(ca));
    }

    public static TestPki create(Path dir, KeyType type) {
        return create(dir, type, "Test CA");
    }

    public static TestPki create(Path dir, KeyType type, String caName) {
        try {
            Files.createDirectories(dir);
            return new TestPki(dir, type, caName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key valid from a year ago for two years, registered to {@code code}. */
    public SigningKey registeredSigner(String code) {
        Instant now = Instant.now();
        return signer(code, type.generate(), now.minus(Duration.ofDays(365)), now.plus(Duration.ofDays(365)), true);
    }

    /** A key with the given validity, registered to {@code code} if {@code register}. */
    public SigningKey signer(String code, KeyPair keys, Instant from, Instant to, boolean register) {
        X509Certificate cert = CertificateIssuer.signer(caKeys, ca, keys.getPublic(),
                "CN=" + code + " test signer,OU=" + code + ",O=Test,C=CN", from, to);
        if (register) {
            try {
                folder.register(code, cert);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new SigningKey(keys.getPrivate(), cert);
    }

    public TrustFolder folder() {
        return folder;
    }

    public X509Certificate authority() {
        return ca;
    }

    /** The CA certificate as a PEM file, for xmlsec1's {@code --trusted-pem}. */
    public Path caPem() {
        return folder.root().getParent().resolve("ca.pem");
    }

    /** The trust store as it is now on disk. */
    public TrustStore trust() {
        try {
            return FolderTrustStore.load(folder.root());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
