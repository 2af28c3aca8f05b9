package cn.sh.pilot.exchange.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.PackageError;
import cn.sh.pilot.exchange.container.PackageLimits;
import cn.sh.pilot.exchange.keys.KeyType;
import cn.sh.pilot.exchange.testing.Packages;
import cn.sh.pilot.exchange.testing.TestPki;
import cn.sh.pilot.exchange.testing.ZipFiles;

class SignAndVerifyTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void accepts_a_package_signed_by_the_registered_key_of_the_sender_it_claims(KeyType type) throws Exception {
        TestPki pki = TestPki.create(dir, type);
        SigningKey key = pki.registeredSigner("310104");
        Path pkg = Packages.signed(dir, "310104", key);

        VerificationReport report = new PackageVerifier(pki.trust()).verify(pkg);

        assertThat(report.failures()).isEmpty();
        assertThat(report.accepted()).isTrue();
        assertThat(report.claimedSender()).isEqualTo("310104");
        assertThat(report.payloadName()).isEqualTo("batch.xml");
        assertThat(report.checks()).extracting(Check::name).contains(CheckName.CONTAINER, CheckName.SIGNATURE_VALUE,
                CheckName.ENTRY_DIGEST, CheckName.CERTIFICATE_REVOCATION, CheckName.SENDER);
        assertThat(report.checks()).filteredOn(c -> c.name() == CheckName.ENTRY_DIGEST).extracting(Check::subject)
                .containsExactly("batch.xml", "attachments/form-scan.pdf", "attachments/annex/opinion.txt");
    }

    @Test
    void writes_mimetype_first_and_stored_and_the_signature_last() throws Exception {
        TestPki pki = TestPki.create(dir, KeyType.EC_P256);
        Path pkg = Packages.signed(dir, "310104", pki.registeredSigner("310104"));

        byte[] bytes = Files.readAllBytes(pkg);
        // local header of the first entry: method 0 (stored) at offset 8, name "mimetype" at offset 30
        assertThat(bytes[8]).isZero();
        assertThat(new String(bytes, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(bytes, 38, 39, StandardCharsets.US_ASCII)).isEqualTo("application/vnd.cn.sh.pilot.package+zip");
        assertThat(ZipFiles.read(pkg).keySet()).containsExactly("mimetype", "batch.xml", "attachments/form-scan.pdf",
                "attachments/annex/opinion.txt", "META-INF/signatures.xml");
    }

    @Test
    void names_the_entry_whose_content_was_changed_after_signing() throws Exception {
        TestPki pki = TestPki.create(dir, KeyType.EC_P256);
        Path pkg = Packages.signed(dir, "310104", pki.registeredSigner("310104"));
        List<ZipFiles.Item> items = new ArrayList<>();
        for (ZipFiles.Item item : ZipFiles.items(pkg)) {
            byte[] b = item.bytes().clone();
            if (item.name().equals("attachments/form-scan.pdf")) {
                b[3] ^= 1;
            }
            items.add(new ZipFiles.Item(item.name(), b, item.stored()));
        }
        Path tampered = ZipFiles.write(dir.resolve("tampered.zip"), items);

        VerificationReport report = new PackageVerifier(pki.trust()).verify(tampered);

        assertThat(report.accepted()).isFalse();
        assertThat(report.error()).contains(PackageError.DIGEST_MISMATCH);
        assertThat(report.failures()).extracting(Check::subject).containsExactly("attachments/form-scan.pdf");
        assertThatThrownBy(report::orThrow).isInstanceOf(RefusedException.class)
                .hasMessageContaining("digest-mismatch").hasMessageContaining("attachments/form-scan.pdf");
    }

    @Test
    void refuses_a_package_whose_signing_time_lies_in_the_future() throws Exception {
        TestPki pki = TestPki.create(dir, KeyType.EC_P256);
        SigningKey key = pki.registeredSigner("310104");
        Path pkg = dir.resolve("future.zip");
        Clock tomorrow = Clock.fixed(Instant.now().plus(Duration.ofDays(1)), ZoneOffset.UTC);
        new PackageSigner(key, tomorrow, PackageLimits.defaults()).sign(Packages.unsigned(dir, "310104"), pkg);

        assertThat(new PackageVerifier(pki.trust()).verify(pkg).error()).contains(PackageError.SIGNING_TIME_IN_FUTURE);
    }

    @Test
    void signing_again_replaces_the_old_signature_and_keeps_one() throws Exception {
        TestPki pki = TestPki.create(dir, KeyType.EC_P256);
        Path pkg = Packages.signed(dir, "310104", pki.registeredSigner("310104"));
        SigningKey second = pki.registeredSigner("310104");

        new PackageSigner(second).sign(pkg, pkg);

        Map<String, byte[]> entries = ZipFiles.read(pkg);
        assertThat(entries.keySet()).containsOnlyOnce("META-INF/signatures.xml");
        VerificationReport report = new PackageVerifier(pki.trust()).verify(pkg);
        assertThat(report.accepted()).isTrue();
        assertThat(report.signer()).isEqualTo(second.certificate());
    }

    @Test
    void refuses_to_sign_with_an_rsa_key_shorter_than_2048_bits() throws Exception {
        TestPki pki = TestPki.create(dir, KeyType.EC_P256);
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        SigningKey weak = pki.signer("310104", g.generateKeyPair(), Instant.now().minusSeconds(60),
                Instant.now().plus(Duration.ofDays(1)), true);

        assertThatThrownBy(() -> new PackageSigner(weak).sign(Packages.unsigned(dir, "310104"), dir.resolve("w.zip")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.id()).isEqualTo("weak-key"));
    }
}
