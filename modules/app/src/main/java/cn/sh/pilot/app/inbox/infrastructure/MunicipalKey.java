package cn.sh.pilot.app.inbox.infrastructure;

import cn.sh.pilot.exchange.keys.DemoKeyMaterial;
import cn.sh.pilot.exchange.keys.KeyType;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.trust.Pem;
import cn.sh.pilot.exchange.trust.TrustStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The municipal site's signing key (for receipts): a PKCS#12 keystore named by configuration, or —
 * when none is configured — demo key material generated once into {@code <dataDir>/demo-keys}
 * (demo authority, 310000 and the 16 districts; never for production).
 */
final class MunicipalKey {

    private static final Logger LOG = Logger.getLogger(MunicipalKey.class.getName());
    static final String DEMO_FOLDER = "demo-keys";
    private static final String PASSWORD_FILE = "keystore-password.txt";

    /** The key, and the demo authority when the key is a demo key. */
    record Loaded(SigningKey key, Optional<X509Certificate> demoAuthority) {
    }

    private MunicipalKey() {
    }

    static Loaded load(Optional<String> keystore, Optional<String> password, Path dataDir) throws IOException {
        if (keystore.isPresent()) {
            SigningKey key = SigningKey.fromPkcs12(Path.of(keystore.get()), password.orElse("").toCharArray());
            LOG.info(() -> "Municipal signing key from " + keystore.get() + ": " + key.certificate().getSubjectX500Principal());
            return new Loaded(key, Optional.empty());
        }
        Path demo = dataDir.resolve(DEMO_FOLDER);
        Path passwordFile = demo.resolve(PASSWORD_FILE);
        if (!Files.isRegularFile(passwordFile)) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            String generated = HexFormat.of().formatHex(random);
            Path tmp = dataDir.resolve(DEMO_FOLDER + ".tmp");
            deleteTree(tmp);
            new DemoKeyMaterial(KeyType.EC_P256, Clock.systemUTC()).writeTo(tmp, generated.toCharArray());
            Files.writeString(tmp.resolve(PASSWORD_FILE), generated + "\n", StandardCharsets.US_ASCII);
            deleteTree(demo);
            Files.move(tmp, demo);
            LOG.warning(() -> "No PILOT_SIGNING_KEYSTORE configured: generated DEMO key material in " + demo
                    + " (demo authority, 310000 and the districts; keystore password in " + PASSWORD_FILE
                    + "). Receipts are signed with the demo 310000 key. Never use it in production.");
        }
        char[] pw = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip().toCharArray();
        SigningKey key = SigningKey.fromPkcs12(demo.resolve("keys").resolve(TrustStore.MUNICIPAL_CODE + ".p12"), pw);
        X509Certificate ca = Pem.readCertificates(demo.resolve("ca/demo-ca.pem")).get(0);
        LOG.info(() -> "Municipal signing key: DEMO key material in " + demo);
        return new Loaded(key, Optional.of(ca));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
