package cn.sh.pilot.exchange.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.sh.pilot.exchange.trust.Pem;
import cn.sh.pilot.exchange.trust.TrustFolder;

/**
 * Demo key material for trying the pilot without a real PKI: a demo certificate authority, the
 * municipal key pair (310000) and one per Shanghai district, written as
 *
 * <pre>
 * &lt;dir&gt;/ca/demo-ca.pem, demo-ca.p12         the authority (keep the .p12 to issue more)
 * &lt;dir&gt;/keys/&lt;code&gt;.p12, &lt;code&gt;.pem        each signer's keystore (alias = code) and certificate
 * &lt;dir&gt;/trust/                               a trust folder with the authority and all registrations
 * &lt;dir&gt;/README.txt                           what is where, and the keystore password
 * </pre>
 *
 * Not for production: the keystores share one password and the authority key sits beside them.
 */
public final class DemoKeyMaterial {

    /** Subject of the demo authority. */
    public static final String CA_SUBJECT = "CN=Shanghai Pilot Demo CA,O=Shanghai Pilot Demo,C=CN";

    private final KeyType type;
    private final Clock clock;

    public DemoKeyMaterial(KeyType type, Clock clock) {
        this.type = type;
        this.clock = clock;
    }

    /** What was written. */
    public record Written(Path caCertificate, Path trustFolder, List<Path> keystores) {
    }

    /** Writes the authority, all recommenders' keys and a matching trust folder under {@code dir}. */
    public Written writeTo(Path dir, char[] password) throws IOException {
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(1));
        Path caDir = Files.createDirectories(dir.resolve("ca"));
        Path keyDir = Files.createDirectories(dir.resolve("keys"));
        TrustFolder trust = new TrustFolder(dir.resolve("trust"));

        KeyPair caKeys = type.generate();
        X509Certificate ca = CertificateIssuer.authority(caKeys, CA_SUBJECT, from, now.plus(Duration.ofDays(3650)));
        Path caPem = caDir.resolve("demo-ca.pem");
        Files.writeString(caPem, Pem.write(ca));
        Pkcs12.write(caDir.resolve("demo-ca.p12"), "demo-ca", caKeys.getPrivate(), ca, password);
        trust.addAuthority("demo-ca", ca);

        List<Path> keystores = new ArrayList<>();
        for (Recommender r : Recommender.values()) {
            KeyPair keys = type.generate();
            X509Certificate cert = CertificateIssuer.signer(caKeys, ca, keys.getPublic(), subject(r), from,
                    now.plus(Duration.ofDays(2 * 365)));
            Path p12 = keyDir.resolve(r.code() + ".p12");
            Pkcs12.write(p12, r.code(), keys.getPrivate(), cert, password);
            Files.writeString(keyDir.resolve(r.code() + ".pem"), Pem.write(cert));
            trust.register(r.code(), cert);
            keystores.add(p12);
        }
        Files.writeString(dir.resolve("README.txt"), readme(password), StandardCharsets.UTF_8);
        return new Written(caPem, trust.root(), keystores);
    }

    /** The subject name used for a recommender's demo certificate. */
    public static String subject(Recommender r) {
        return "CN=" + r.code() + " " + r.zh() + ",OU=" + r.code() + ",O=Shanghai Pilot Demo,C=CN";
    }

    private String readme(char[] password) {
        return """
                演示密钥材料 / Demo key material (%s) — 仅供演示，勿用于生产 / for trying the pilot only, never in production
                ca/demo-ca.pem, ca/demo-ca.p12   演示证书机构 / demo certificate authority
                keys/<code>.p12, keys/<code>.pem 签名密钥库（别名=代码）与证书 / signing keystores (alias = code) and certificates
                                                 310000 = 市局 / municipal site; 310101…310151 = 各区 / districts
                trust/                           信任库目录（--trust）/ trust folder (--trust)
                密钥库口令 / keystore password: %s
                """.formatted(type, new String(password));
    }
}
