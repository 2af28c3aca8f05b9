package cn.sh.pilot.exchange.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.sh.pilot.exchange.PackageError;
import cn.sh.pilot.exchange.container.PackageFormat;
import cn.sh.pilot.exchange.container.PackageWriter;
import cn.sh.pilot.exchange.keys.KeyType;
import cn.sh.pilot.exchange.keys.Pkcs12;
import cn.sh.pilot.exchange.signature.Check;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.SignatureAlgorithm;
import cn.sh.pilot.exchange.signature.SignatureTemplate;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.testing.Packages;
import cn.sh.pilot.exchange.testing.TestPki;
import cn.sh.pilot.exchange.testing.Xmlsec1;
import cn.sh.pilot.exchange.testing.ZipFiles;
import cn.sh.pilot.exchange.trust.TrustStore;

/**
 * xmlsec1 and this module must agree both ways, for RSA and for ECDSA: what we sign, xmlsec1
 * verifies from the unpacked package's root; what xmlsec1 signs from our template, we verify
 * after re-zipping; one changed byte in any signed entry fails on both sides.
 */
class XmlsecInteropTest {

    private static final List<String> SIGNED_ENTRIES = List.of("batch.xml", "attachments/form-scan.pdf",
            "attachments/annex/opinion.txt");
    private static final String ID_ATTR = "--id-attr:Id";
    private static final String SIGNATURE_PROPERTIES = "http://www.w3.org/2000/09/xmldsig#:SignatureProperties";

    @TempDir
    Path dir;

    @BeforeAll
    static void xmlsec1_is_installed() {
        Xmlsec1.requireInstalled();
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void xmlsec1_verifies_a_package_signed_here_and_fails_on_any_changed_byte(KeyType type) throws Exception {
        TestPki pki = TestPki.create(dir.resolve("pki"), type);
        Path pkg = Packages.signed(dir, "310104", pki.registeredSigner("310104"));
        Path root = Files.createDirectories(dir.resolve("unpacked"));
        ZipFiles.unpack(pkg, root);

        List<String> verify = List.of("--verify", "--trusted-pem", pki.caPem().toString(),
                "--enabled-reference-uris", "same-doc,remote", PackageFormat.SIGNATURE_ENTRY);
        Xmlsec1.Result plain = Xmlsec1.run(root, verify);
        assertThat(plain.ok()).as(plain.output()).isTrue();
        assertThat(plain.output()).contains("OK").contains("SignedInfo References (ok/all): 4/4");

        List<String> withIdAttr = new ArrayList<>(verify.subList(0, verify.size() - 1));
        withIdAttr.addAll(List.of(ID_ATTR, SIGNATURE_PROPERTIES, PackageFormat.SIGNATURE_ENTRY));
        Xmlsec1.Result explicitIds = Xmlsec1.run(root, withIdAttr);
        assertThat(explicitIds.ok()).as(explicitIds.output()).isTrue();

        for (String entry : SIGNED_ENTRIES) {
            Path file = root.resolve(entry);
            byte[] original = Files.readAllBytes(file);
            Files.write(file, flipOneByte(original));
            Xmlsec1.Result tampered = Xmlsec1.run(root, verify);
            assertThat(tampered.ok()).as("xmlsec1 must refuse a changed " + entry).isFalse();
            Files.write(file, original);
        }
        Path signature = root.resolve(PackageFormat.SIGNATURE_ENTRY);
        String xml = Files.readString(signature);
        Files.writeString(signature, shiftSigningTime(xml));
        assertThat(Xmlsec1.run(root, verify).ok()).as("xmlsec1 must refuse a changed signing time").isFalse();
        Files.writeString(signature, xml);
        assertThat(Xmlsec1.run(root, verify).ok()).as("restored package verifies again").isTrue();
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void a_signature_made_by_xmlsec1_over_the_unpacked_package_verifies_here_and_fails_on_any_changed_byte(KeyType type)
            throws Exception {
        TestPki pki = TestPki.create(dir.resolve("pki"), type);
        SigningKey key = pki.registeredSigner("310105");
        Path keystore = dir.resolve("signer.p12");
        Pkcs12.write(keystore, "310105", key.privateKey(), key.certificate(), "demo-pass".toCharArray());
        Path root = Files.createDirectories(dir.resolve("unpacked"));
        ZipFiles.unpack(Packages.unsigned(dir, "310105"), root);
        Files.createDirectories(root.resolve("META-INF"));
        Path template = dir.resolve("template.xml");
        SignatureAlgorithm algorithm = type == KeyType.EC_P256 ? SignatureAlgorithm.ECDSA_SHA256 : SignatureAlgorithm.RSA_SHA256;
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.SECONDS);
        Files.writeString(template, SignatureTemplate.of(SIGNED_ENTRIES, algorithm, now), StandardCharsets.UTF_8);

        Xmlsec1.Result signed = Xmlsec1.run(root, List.of("--sign", "--pkcs12", keystore.toString(), "--pwd", "demo-pass",
                "--enabled-reference-uris", "same-doc,remote", "--output", PackageFormat.SIGNATURE_ENTRY, template.toString()));
        assertThat(signed.ok()).as(signed.output()).isTrue();

        TrustStore trust = pki.trust();
        VerificationReport report = new PackageVerifier(trust).verify(rezip(root, dir.resolve("by-xmlsec1.zip")));
        assertThat(report.failures()).isEmpty();
        assertThat(report.accepted()).isTrue();
        assertThat(report.signer()).isEqualTo(key.certificate());
        assertThat(report.signingTime()).isEqualTo(now);

        for (String entry : SIGNED_ENTRIES) {
            Path file = root.resolve(entry);
            byte[] original = Files.readAllBytes(file);
            Files.write(file, flipOneByte(original));
            VerificationReport tampered = new PackageVerifier(trust).verify(rezip(root, dir.resolve("t.zip")));
            assertThat(tampered.error()).contains(PackageError.DIGEST_MISMATCH);
            assertThat(tampered.failures()).extracting(Check::subject).containsExactly(entry);
            Files.write(file, original);
        }
        Path signature = root.resolve(PackageFormat.SIGNATURE_ENTRY);
        Files.writeString(signature, shiftSigningTime(Files.readString(signature)));
        VerificationReport timeChanged = new PackageVerifier(trust).verify(rezip(root, dir.resolve("t.zip")));
        assertThat(timeChanged.error()).contains(PackageError.DIGEST_MISMATCH);
    }

    /** Zips an unpacked package the way the format wants: mimetype first and stored, then the rest. */
    private static Path rezip(Path root, Path target) throws IOException {
        try (PackageWriter writer = new PackageWriter(target, java.time.Instant.now())) {
            for (String entry : List.of("batch.xml", "attachments/form-scan.pdf", "attachments/annex/opinion.txt",
                    PackageFormat.SIGNATURE_ENTRY)) {
                try (InputStream in = Files.newInputStream(root.resolve(entry))) {
                    writer.entry(entry, in);
                }
            }
        }
        return target;
    }

    private static byte[] flipOneByte(byte[] original) {
        byte[] changed = original.clone();
        changed[changed.length / 2] ^= 0x01;
        return changed;
    }

    /** Moves the signed signing time back by one second in the text of the signature. */
    private static String shiftSigningTime(String xml) {
        int start = xml.indexOf("SigningTime");
        int close = xml.indexOf('>', start) + 1;
        int end = xml.indexOf('<', close);
        OffsetDateTime time = OffsetDateTime.parse(xml.substring(close, end).strip());
        String changed = xml.substring(0, close) + time.minusSeconds(1) + xml.substring(end);
        assertThat(changed).isNotEqualTo(xml);
        return changed;
    }
}
