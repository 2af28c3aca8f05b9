package cn.sh.pilot.exchange.inbox;

import static cn.sh.pilot.exchange.inbox.InboxWorld.CHANGNING;
import static cn.sh.pilot.exchange.inbox.InboxWorld.SAMPLE_BATCH_ID;
import static cn.sh.pilot.exchange.inbox.InboxWorld.SAMPLE_ITEMS;
import static cn.sh.pilot.exchange.inbox.InboxWorld.XUHUI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.contracts.common.v1.Reason;
import cn.sh.pilot.contracts.receipt.v1.ItemVerdict;
import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.contracts.receipt.v1.Verdict;
import cn.sh.pilot.contracts.schema.SchemaSet;
import cn.sh.pilot.exchange.testing.ZipFiles;

/** The import pipeline over real files, real signatures and real receipts. */
class InboxPipelineTest {

    @TempDir
    Path tmp;

    private InboxWorld world;

    @BeforeEach
    void world() throws Exception {
        world = new InboxWorld(tmp);
    }

    @Test
    void an_accepted_batch_is_imported_once_and_answered_with_a_signed_accepted_receipt() throws Exception {
        Path pkg = world.batch(XUHUI);
        String sha = PackageStore.digestOf(pkg);

        world.pipeline().take(world.drop(pkg, XUHUI));

        assertThat(world.handler.imported).containsExactlyInAnyOrder(
                SAMPLE_BATCH_ID + "/1b4e28ba-2fa1-41d2-883f-0016d3cca427",
                SAMPLE_BATCH_ID + "/6fa459ea-ee8a-4ca4-894e-db77e160355e");
        assertThat(world.inboxFiles(XUHUI)).isEmpty();
        assertThat(world.store.find(sha)).isPresent();
        assertThat(Files.getPosixFilePermissions(world.store.find(sha).get().file()))
                .isEqualTo(PackageStore.STORED_PERMISSIONS);

        List<Path> receipts = world.receipts(XUHUI);
        assertThat(receipts).extracting(p -> p.getFileName().toString()).containsExactly(sha + "-1.receipt.zip");
        Receipt receipt = world.read(receipts.get(0));
        assertThat(receipt.getVerdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(receipt.getSender().getCode()).isEqualTo("310000");
        assertThat(receipt.getRecipient()).isEqualTo(XUHUI);
        assertThat(receipt.getPackageSha256()).isEqualTo(sha);
        assertThat(receipt.getBatchId()).isEqualTo(SAMPLE_BATCH_ID);
        assertThat(receipt.getItemResult()).hasSize(SAMPLE_ITEMS)
                .allSatisfy(i -> assertThat(i.getVerdict()).isEqualTo(ItemVerdict.ACCEPTED));
        assertThat(receipt.getJudgedBy().getSchemaSetSha256()).isEqualTo(SchemaSet.contracts().sha256());
        assertThat(receipt.getJudgedBy().getRulePackSha256()).isEqualTo(RecordingHandler.RULE_PACK);
        assertThat(receipt.getIssued()).isBeforeOrEqualTo(OffsetDateTime.now());

        PackageRecord record = world.ledger.find(sha).orElseThrow();
        assertThat(record.state()).isEqualTo(PackageState.IMPORTED);
        assertThat(record.judgement().checks()).extracting(InboxCheck::name).startsWith("stored", "container")
                .contains("entry-digest", "sender", "sender-is-account", "payload-kind", "payload-schema", "batch-id")
                .endsWith("business-rules");
        assertThat(record.judgement().checks()).allMatch(InboxCheck::passed);
    }

    @Test
    void refused_items_are_listed_with_their_reasons_in_both_languages_while_the_batch_is_imported() throws Exception {
        world.handler.refuseRank = 2;
        world.pipeline().take(world.drop(world.batch(XUHUI), XUHUI));

        Receipt receipt = world.readAll(XUHUI).get(0);
        assertThat(receipt.getVerdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(receipt.getItemResult()).extracting(i -> i.getVerdict()).containsExactly(ItemVerdict.ACCEPTED,
                ItemVerdict.REFUSED);
        Reason reason = receipt.getItemResult().get(1).getReason().get(0);
        assertThat(reason.getCode()).isEqualTo("application-after-deadline");
        assertThat(reason.getZh()).contains("截止日期");
        assertThat(reason.getEn()).contains("deadline");
        assertThat(world.handler.imported).hasSize(1);
    }

    @Test
    void a_batch_the_handler_refuses_whole_leaves_nothing_imported_and_says_why() throws Exception {
        world.handler.refuseWhole = true;
        world.pipeline().take(world.drop(world.batch(XUHUI), XUHUI));

        assertThat(world.handler.calls).hasValue(1);
        assertThat(world.handler.imported).isEmpty();
        Receipt receipt = world.readAll(XUHUI).get(0);
        assertThat(receipt.getVerdict()).isEqualTo(Verdict.REFUSED);
        assertThat(receipt.getReason()).extracting(Reason::getCode).containsExactly("batch-sequence-gap");
        assertThat(receipt.getItemResult()).hasSize(SAMPLE_ITEMS);
        assertThat(world.transactions.rollbacks).hasValue(1);
    }

    @Test
    void a_tampered_package_is_refused_with_digest_mismatch_and_never_reaches_the_handler() throws Exception {
        Path pkg = world.batch(XUHUI);
        List<ZipFiles.Item> items = new ArrayList<>();
        for (ZipFiles.Item item : ZipFiles.items(pkg)) {
            items.add(item.name().equals("batch.xml")
                    ? ZipFiles.Item.deflated("batch.xml", new String(item.bytes(), StandardCharsets.UTF_8)
                            .replace("张建国", "李四某").getBytes(StandardCharsets.UTF_8))
                    : item);
        }
        Path tampered = ZipFiles.write(tmp.resolve("tampered.zip"), items);

        assertRefused(tampered, XUHUI, "digest-mismatch");
    }

    @Test
    void a_package_signed_with_an_unregistered_key_is_refused() throws Exception {
        Path pkg = world.batch(XUHUI, world.unregisteredKey(XUHUI), SAMPLE_BATCH_ID, 0);
        assertRefused(pkg, XUHUI, "certificate-not-registered");
    }

    @Test
    void a_package_signed_after_its_key_was_revoked_is_refused() throws Exception {
        world.trustFolder().revoke(world.key(XUHUI).certificate(), OffsetDateTime.now().minusHours(1), "key lost");
        assertRefused(world.batch(XUHUI), XUHUI, "certificate-revoked");
    }

    @Test
    void a_package_signed_by_changning_but_dropped_in_the_xuhui_inbox_is_refused_as_sender_not_account() throws Exception {
        Receipt receipt = assertRefused(world.batch(CHANGNING), XUHUI, "sender-not-account");
        assertThat(receipt.getRecipient()).isEqualTo(XUHUI);
        assertThat(receipt.getReason().get(0).getZh()).contains("账户");
    }

    @Test
    void a_package_signed_by_changning_claiming_xuhui_is_refused_as_signer_not_claimed_sender() throws Exception {
        Path pkg = world.batch(XUHUI, world.key(CHANGNING), SAMPLE_BATCH_ID, 0);
        assertRefused(pkg, XUHUI, "signer-not-claimed-sender");
    }

    @Test
    void a_schema_invalid_payload_is_refused_with_the_schema_error_id() throws Exception {
        byte[] xml = new String(InboxWorld.batchXml(XUHUI, SAMPLE_BATCH_ID, 0), StandardCharsets.UTF_8)
                .replace(SAMPLE_BATCH_ID, "B-310104-2023-0002").getBytes(StandardCharsets.UTF_8);
        Receipt receipt = assertRefused(world.signed("batch.xml", xml, world.key(XUHUI)), XUHUI, "pattern-mismatch");
        assertThat(receipt.getJudgedBy().getRulePackSha256()).isEqualTo(PipelineRules.SHA256);
    }

    @Test
    void a_document_kind_without_a_handler_is_refused_as_not_accepted() throws Exception {
        String receiptXml = Files.readString(InboxWorld.samples().resolve("receipt/good/accepted-batch.xml"))
                .replace("<cm:Code>310000</cm:Code>", "<cm:Code>310104</cm:Code>");
        Path pkg = world.signed("receipt.xml", receiptXml.getBytes(StandardCharsets.UTF_8), world.key(XUHUI));
        assertRefused(pkg, XUHUI, "payload-kind-not-accepted");
    }

    @Test
    void the_same_package_sent_100_times_is_imported_once_with_1_accepted_and_99_duplicate_receipts() throws Exception {
        Path pkg = world.batch(XUHUI);
        String sha = PackageStore.digestOf(pkg);
        InboxPipeline pipeline = world.pipeline();
        for (int i = 0; i < 100; i++) {
            pipeline.take(world.drop(pkg, XUHUI));
        }

        assertThat(world.handler.calls).hasValue(1);
        assertThat(world.handler.imported).hasSize(SAMPLE_ITEMS);
        List<Receipt> receipts = world.readAll(XUHUI);
        assertThat(receipts).hasSize(100).allSatisfy(r -> assertThat(r.getPackageSha256()).isEqualTo(sha));
        assertThat(receipts).extracting(Receipt::getVerdict).filteredOn(v -> v == Verdict.ACCEPTED).hasSize(1);
        assertThat(receipts).extracting(Receipt::getVerdict).filteredOn(v -> v == Verdict.DUPLICATE).hasSize(99);
        assertThat(receipts).extracting(Receipt::getReceiptId).doesNotHaveDuplicates();
        assertThat(receipts).filteredOn(r -> r.getVerdict() == Verdict.DUPLICATE)
                .allSatisfy(r -> assertThat(r.getReason()).extracting(Reason::getCode).containsExactly("duplicate-package"));
        assertThat(world.inboxFiles(XUHUI)).isEmpty();
        assertThat(world.ledger.arrivals(sha)).hasSize(100);
    }

    @Test
    void the_same_batch_id_with_other_bytes_is_refused_as_a_conflict_and_shown_as_such() throws Exception {
        InboxPipeline pipeline = world.pipeline();
        Path first = world.batch(XUHUI, world.key(XUHUI), SAMPLE_BATCH_ID, 0);
        Path other = world.batch(XUHUI, world.key(XUHUI), SAMPLE_BATCH_ID, 7);
        pipeline.take(world.drop(first, XUHUI));
        pipeline.take(world.drop(other, XUHUI));
        pipeline.take(world.drop(other, XUHUI));

        assertThat(world.handler.calls).hasValue(1);
        List<Receipt> receipts = world.readAll(XUHUI);
        Map<String, List<Verdict>> byPackage = new java.util.TreeMap<>();
        receipts.forEach(r -> byPackage.computeIfAbsent(r.getPackageSha256(), k -> new ArrayList<>()).add(r.getVerdict()));
        assertThat(byPackage.get(PackageStore.digestOf(first))).containsExactly(Verdict.ACCEPTED);
        assertThat(byPackage.get(PackageStore.digestOf(other))).containsExactly(Verdict.CONFLICT, Verdict.CONFLICT);
        Receipt conflict = receipts.stream().filter(r -> r.getVerdict() == Verdict.CONFLICT).findFirst().orElseThrow();
        assertThat(conflict.getReason()).extracting(Reason::getCode).containsExactly("batch-id-conflict");
        assertThat(conflict.getBatchId()).isEqualTo(SAMPLE_BATCH_ID);
        PackageRecord record = world.ledger.find(PackageStore.digestOf(other)).orElseThrow();
        assertThat(record.state()).isEqualTo(PackageState.REFUSED);
        assertThat(record.judgement().checks()).filteredOn(c -> !c.passed()).extracting(InboxCheck::errorId)
                .containsExactly("batch-id-conflict");
    }

    @Test
    void a_refused_package_is_judged_again_when_it_comes_back_after_the_trust_store_was_fixed() throws Exception {
        var key = world.unregisteredKey(XUHUI);
        Path pkg = world.batch(XUHUI, key, SAMPLE_BATCH_ID, 0);
        world.pipeline().take(world.drop(pkg, XUHUI));
        world.trustFolder().register(XUHUI, key.certificate());
        world.pipeline().take(world.drop(pkg, XUHUI));

        assertThat(world.readAll(XUHUI)).extracting(Receipt::getVerdict).containsExactly(Verdict.REFUSED, Verdict.ACCEPTED);
        assertThat(world.handler.imported).hasSize(SAMPLE_ITEMS);
    }

    @Test
    void an_operator_re_run_of_a_refused_package_gives_a_new_receipt() throws Exception {
        var key = world.unregisteredKey(XUHUI);
        Path pkg = world.batch(XUHUI, key, SAMPLE_BATCH_ID, 0);
        world.pipeline().take(world.drop(pkg, XUHUI));
        world.trustFolder().register(XUHUI, key.certificate());

        world.pipeline().rerun(PackageStore.digestOf(pkg));

        assertThat(world.readAll(XUHUI)).extracting(Receipt::getVerdict).containsExactly(Verdict.REFUSED, Verdict.ACCEPTED);
        assertThat(world.ledger.find(PackageStore.digestOf(pkg)).orElseThrow().state()).isEqualTo(PackageState.IMPORTED);
    }

    @Test
    void receipts_go_to_the_folder_of_the_channel_the_package_came_through() throws Exception {
        world.pipeline().take(world.drop(world.batch(XUHUI), XUHUI, cn.sh.pilot.exchange.transport.inbox.InboxChannel.SFTP));

        assertThat(world.receipts(XUHUI)).isEmpty();
        Path sftpReceipts = cn.sh.pilot.exchange.transport.SiteFolders.sftp(world.sftpRoot).receipts(XUHUI);
        try (var files = Files.list(sftpReceipts)) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString().endsWith("-1.receipt.zip");
        }
    }

    private Receipt assertRefused(Path pkg, String account, String errorId) throws Exception {
        String sha = PackageStore.digestOf(pkg);
        world.pipeline().take(world.drop(pkg, account));

        assertThat(world.handler.calls).as("handler calls").hasValue(0);
        assertThat(world.handler.imported).isEmpty();
        List<Receipt> receipts = world.readAll(account);
        assertThat(receipts).hasSize(1);
        Receipt receipt = receipts.get(0);
        assertThat(receipt.getVerdict()).isEqualTo(Verdict.REFUSED);
        assertThat(receipt.getPackageSha256()).isEqualTo(sha);
        assertThat(receipt.getReason()).extracting(Reason::getCode).contains(errorId);
        assertThat(receipt.getReason().get(0).getCode()).isEqualTo(errorId);
        PackageRecord record = world.ledger.find(sha).orElseThrow();
        assertThat(record.state()).isEqualTo(PackageState.REFUSED);
        assertThat(record.judgement().checks()).filteredOn(c -> !c.passed()).extracting(InboxCheck::errorId)
                .contains(errorId);
        return receipt;
    }
}
