package cn.sh.pilot.app.infrastructure.review;

import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.exchange.keys.DemoKeyMaterial;
import cn.sh.pilot.exchange.keys.KeyType;
import cn.sh.pilot.exchange.signature.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The recommender site's signing key (its "seal" on a batch, §四(二)): the PKCS#12 keystore named by
 * {@code PILOT_SIGNING_KEYSTORE} (password {@code PILOT_SIGNING_PASSWORD}); when none is configured — a dev or test
 * site — demo key material generated once into {@code <data>/keys} (demo authority, trust folder, a key per district;
 * never for production), whose key for this site's code is used. Loaded on first use, then kept.
 */
@ApplicationScoped
public class SiteSigningKey {

    private static final Logger LOG = Logger.getLogger(SiteSigningKey.class.getName());
    static final String DEMO_FOLDER = "keys";
    static final String PASSWORD_FILE = "keystore-password.txt";

    @Inject
    SiteConfig site;
    @Inject
    @ConfigProperty(name = "PILOT_SIGNING_KEYSTORE")
    Optional<String> keystore;
    @Inject
    @ConfigProperty(name = "PILOT_SIGNING_PASSWORD")
    Optional<String> password;

    private SigningKey key;

    public synchronized SigningKey key() {
        if (key == null) {
            try {
                key = load();
            } catch (IOException e) {
                throw new UncheckedIOException("the site's signing key cannot be read", e);
            }
        }
        return key;
    }

    private SigningKey load() throws IOException {
        if (keystore.isPresent() && !keystore.get().isBlank()) {
            SigningKey configured = SigningKey.fromPkcs12(Path.of(keystore.get()), password.orElse("").toCharArray());
            LOG.info(() -> "Site signing key from " + keystore.get() + ": " + configured.certificate().getSubjectX500Principal());
            return configured;
        }
        Path demo = site.dataDir().resolve(DEMO_FOLDER);
        Path passwordFile = demo.resolve(PASSWORD_FILE);
        if (!Files.isRegularFile(passwordFile)) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            String generated = HexFormat.of().formatHex(random);
            Path tmp = site.dataDir().resolve(DEMO_FOLDER + ".tmp");
            deleteTree(tmp);
            new DemoKeyMaterial(KeyType.EC_P256, Clock.systemUTC()).writeTo(tmp, generated.toCharArray());
            Files.writeString(tmp.resolve(PASSWORD_FILE), generated + "\n", StandardCharsets.US_ASCII);
            deleteTree(demo);
            Files.move(tmp, demo);
            LOG.warning(() -> "No PILOT_SIGNING_KEYSTORE configured: generated DEMO key material in " + demo
                    + " (demo authority ca/demo-ca.pem, trust folder trust/, keys/<code>.p12; password in "
                    + PASSWORD_FILE + "). Batches are signed with the demo " + site.siteCode()
                    + " key. Never use it in production.");
        }
        char[] pw = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip().toCharArray();
        Path p12 = demo.resolve("keys").resolve(site.siteCode() + ".p12");
        if (!Files.isRegularFile(p12)) {
            throw new IOException("the demo key material has no key for " + site.siteCode() + " (" + p12
                    + "); configure PILOT_SIGNING_KEYSTORE");
        }
        LOG.info(() -> "Site signing key: DEMO key material in " + demo);
        return SigningKey.fromPkcs12(p12, pw);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
