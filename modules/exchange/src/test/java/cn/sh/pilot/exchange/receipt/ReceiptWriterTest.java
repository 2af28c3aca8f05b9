package cn.sh.pilot.exchange.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.contracts.receipt.v1.ItemVerdict;
import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.contracts.receipt.v1.Verdict;
import cn.sh.pilot.exchange.PackageError;
import cn.sh.pilot.exchange.keys.DemoKeyMaterial;
import cn.sh.pilot.exchange.keys.KeyType;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.trust.FolderTrustStore;

/** Receipts as signed packages: they verify, read back, and never replace one another. */
class ReceiptWriterTest {

    private static final char[] PASSWORD = "receipt-test".toCharArray();
    private static final String SHA = "5d41402abc4b2a76b9719d911017c592aaf1e2d3c4b5a69788796a5b4c3d2e1f";
    private static final String RULES = "8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4938271605f4e3d2c1b0a9f";

    @TempDir
    Path tmp;

    private DemoKeyMaterial.Written keys;
    private ReceiptWriter writer;
    private Path folder;

    @BeforeEach
    void keys() throws Exception {
        keys = new DemoKeyMaterial(KeyType.EC_P256, Clock.systemUTC()).writeTo(tmp.resolve("keys"), PASSWORD);
        writer = new ReceiptWriter(SigningKey.fromPkcs12(tmp.resolve("keys/keys/310000.p12"), PASSWORD));
        folder = tmp.resolve("receipts");
    }

    @Test
    void a_receipt_verifies_as_signed_by_the_municipal_site_and_reads_back_whole() throws Exception {
        Path written = writer.write(content("310104", ReceiptVerdict.REFUSED), folder, "r-1.receipt.zip");

        PackageVerifier verifier = new PackageVerifier(FolderTrustStore.load(keys.trustFolder()));
        assertThat(verifier.verify(written).accepted()).isTrue();
        Receipt receipt = new ReceiptReader(verifier).read(written);
        assertThat(receipt.getSender().getCode()).isEqualTo("310000");
        assertThat(receipt.getRecipient()).isEqualTo("310104");
        assertThat(receipt.getVerdict()).isEqualTo(Verdict.REFUSED);
        assertThat(receipt.getReason()).singleElement().satisfies(r -> {
            assertThat(r.getCode()).isEqualTo("digest-mismatch");
            assertThat(r.getZh()).contains("batch.xml");
            assertThat(r.getLocation()).isEqualTo("batch.xml");
        });
        assertThat(receipt.getItemResult()).extracting(i -> i.getVerdict()).containsExactly(ItemVerdict.ACCEPTED,
                ItemVerdict.REFUSED);
        assertThat(receipt.getJudgedBy().getRulePackSha256()).isEqualTo(RULES);
        assertThat(receipt.getIssued().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-20T10:15:30+08:00").toInstant());
    }

    @Test
    void an_existing_receipt_is_never_replaced() throws Exception {
        Path first = writer.write(content("310104", ReceiptVerdict.ACCEPTED), folder, "r-1.receipt.zip");
        byte[] before = Files.readAllBytes(first);

        Path again = writer.write(content("310104", ReceiptVerdict.REFUSED), folder, "r-1.receipt.zip");

        assertThat(again).isEqualTo(first);
        assertThat(Files.readAllBytes(again)).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("r-1.receipt.zip");
        }
    }

    @Test
    void the_same_content_always_gives_the_same_receipt_document() throws Exception {
        assertThat(writer.xml(content("310104", ReceiptVerdict.ACCEPTED)))
                .isEqualTo(writer.xml(content("310104", ReceiptVerdict.ACCEPTED)));
    }

    @Test
    void content_the_receipt_schema_refuses_is_a_bug_and_leaves_no_file_behind() throws Exception {
        assertThatThrownBy(() -> writer.write(content("not-a-recommender", ReceiptVerdict.ACCEPTED), folder,
                "r-2.receipt.zip")).isInstanceOf(IllegalStateException.class).hasMessageContaining("not valid");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    private static ReceiptContent content(String recipient, ReceiptVerdict verdict) {
        List<ReceiptReason> reasons = verdict == ReceiptVerdict.REFUSED
                ? List.of(ReceiptReason.of(PackageError.DIGEST_MISMATCH, "batch.xml").at("batch.xml"))
                : List.of();
        return new ReceiptContent("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", recipient, SHA,
                "7c9e6679-7425-40de-944b-e07fc1f90ae7", verdict, reasons,
                List.of(ItemResult.accepted("1b4e28ba-2fa1-41d2-883f-0016d3cca427"),
                        ItemResult.refused("6fa459ea-ee8a-4ca4-894e-db77e160355e",
                                new ReceiptReason("uscc-check-character", "统一社会信用代码校验位错误。",
                                        "The unified social credit code's check character is wrong.", null))),
                "0c3a1f0e5b7d9c2e4f6a8b0c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e", RULES,
                OffsetDateTime.of(2026, 11, 20, 10, 15, 30, 0, ZoneOffset.ofHours(8)));
    }
}
