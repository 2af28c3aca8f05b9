package cn.sh.pilot.archive.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import cn.sh.pilot.exchange.keys.DemoKeyMaterial;
import cn.sh.pilot.exchange.keys.KeyType;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.trust.FolderTrustStore;
import cn.sh.pilot.exchange.trust.TrustStore;

/** Demo key material from exchange: a CA, keys for 310000 and the districts, a trust folder. */
public record TestPki(Path dir, DemoKeyMaterial.Written written) {

    private static final char[] PASSWORD = "archive-test".toCharArray();

    public static TestPki create(Path dir) throws IOException {
        return new TestPki(dir, new DemoKeyMaterial(KeyType.EC_P256, Clock.systemUTC()).writeTo(dir, PASSWORD));
    }

    /** Key material written earlier by {@link #create}. */
    public static TestPki load(Path dir) {
        return new TestPki(dir, new DemoKeyMaterial.Written(dir.resolve("ca/demo-ca.pem"), dir.resolve("trust"), java.util.List.of()));
    }

    public SigningKey key(String code) throws IOException {
        return SigningKey.fromPkcs12(dir.resolve("keys").resolve(code + ".p12"), PASSWORD);
    }

    public SigningKey municipalKey() throws IOException {
        return key("310000");
    }

    public TrustStore trust() throws IOException {
        return FolderTrustStore.load(written.trustFolder());
    }

    public Path caPem() {
        return written.caCertificate();
    }
}
