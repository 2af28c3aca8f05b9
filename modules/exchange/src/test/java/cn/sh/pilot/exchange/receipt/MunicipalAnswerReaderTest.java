package cn.sh.pilot.exchange.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.keys.DemoKeyMaterial;
import cn.sh.pilot.exchange.keys.KeyType;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.testing.Payloads;
import cn.sh.pilot.exchange.trust.PinnedTrustStore;

/**
 * What a recommender fetched from its receipts/ folder, read against the pinned municipal certificate only: receipts
 * and decision notices signed by it are read; a notice signed by another key of the same authority, or one the
 * decision-notice XSD refuses, is refused with its error id.
 */
class MunicipalAnswerReaderTest {

    private static final char[] PASSWORD = "answers-test".toCharArray();

    @TempDir
    Path tmp;

    private MunicipalAnswerReader reader;
    private SigningKey municipal;
    private SigningKey district;

    @BeforeEach
    void keys() throws Exception {
        Path keys = tmp.resolve("keys");
        new DemoKeyMaterial(KeyType.EC_P256, Clock.systemUTC()).writeTo(keys, PASSWORD);
        municipal = SigningKey.fromPkcs12(keys.resolve("keys/310000.p12"), PASSWORD);
        district = SigningKey.fromPkcs12(keys.resolve("keys/310104.p12"), PASSWORD);
        Path pinned = tmp.resolve("municipal.pem");
        Files.writeString(pinned, Files.readString(keys.resolve("keys/310000.pem")) + Files.readString(keys.resolve("ca/demo-ca.pem")));
        reader = new MunicipalAnswerReader(new PackageVerifier(PinnedTrustStore.load(pinned)));
    }

    @Test
    void a_receipt_signed_with_the_pinned_certificate_is_read_as_a_receipt() throws Exception {
        Path receipt = new ReceiptWriter(municipal).write(new ReceiptContent("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
                "310104", "5d41402abc4b2a76b9719d911017c592aaf1e2d3c4b5a69788796a5b4c3d2e1f",
                "7c9e6679-7425-40de-944b-e07fc1f90ae7", ReceiptVerdict.ACCEPTED, List.of(),
                List.of(ItemResult.accepted("1b4e28ba-2fa1-41d2-883f-0016d3cca427")),
                "0c3a1f0e5b7d9c2e4f6a8b0c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e",
                "8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4938271605f4e3d2c1b0a9f",
                OffsetDateTime.of(2026, 11, 20, 10, 15, 30, 0, ZoneOffset.ofHours(8))), tmp.resolve("receipts"), "r.zip");

        MunicipalAnswer answer = reader.read(receipt);

        assertThat(answer).isInstanceOf(MunicipalAnswer.ReceiptAnswer.class);
        assertThat(((MunicipalAnswer.ReceiptAnswer) answer).receipt().getRecipient()).isEqualTo("310104");
        assertThat(answer.refusal()).isEmpty();
    }

    @Test
    void a_decision_notice_signed_with_the_pinned_certificate_is_read_as_a_notice() throws Exception {
        MunicipalAnswer answer = reader.read(notice("good/approved-and-rejected.xml", municipal));

        assertThat(answer).isInstanceOf(MunicipalAnswer.NoticeAnswer.class);
        assertThat(((MunicipalAnswer.NoticeAnswer) answer).notice().getDecision()).isNotEmpty();
    }

    @Test
    void a_notice_signed_by_another_key_of_the_same_authority_is_refused_unread() throws Exception {
        MunicipalAnswer answer = reader.read(notice("good/approved-and-rejected.xml", district));

        assertThat(answer).isInstanceOf(MunicipalAnswer.Refused.class);
        assertThat(answer.refusal().orElseThrow().id()).isEqualTo("certificate-not-registered");
    }

    @Test
    void a_signed_notice_the_schema_refuses_is_refused_with_the_schema_error() throws Exception {
        MunicipalAnswer answer = reader.read(notice("bad/pattern-mismatch--project-number.xml", municipal));

        assertThat(answer.refusal().orElseThrow().id()).isEqualTo("pattern-mismatch");
    }

    private Path notice(String sample, SigningKey signer) throws Exception {
        Path unsigned = tmp.resolve("unsigned-" + System.nanoTime() + ".zip");
        Path signed = tmp.resolve("notice-" + System.nanoTime() + ".zip");
        PackageBuilder.create().payload("decision-notice.xml",
                Files.readAllBytes(Payloads.samples().resolve("decision-notice").resolve(sample))).writeTo(unsigned);
        new PackageSigner(signer).sign(unsigned, signed);
        return signed;
    }
}
