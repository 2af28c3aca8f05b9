package cn.sh.pilot.app.inbox;

import cn.sh.pilot.contracts.common.v1.Reason;
import cn.sh.pilot.contracts.receipt.v1.ItemResult;
import cn.sh.pilot.contracts.receipt.v1.ItemVerdict;
import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.contracts.receipt.v1.Verdict;
import cn.sh.pilot.exchange.inbox.PackageStore;
import cn.sh.pilot.exchange.receipt.ReceiptReader;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.trust.Fingerprint;
import cn.sh.pilot.exchange.trust.FolderTrustStore;
import cn.sh.pilot.exchange.trust.Pem;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The municipal inbox end to end on the real server ({@code run.sh}, its own HTTP and SFTP ports,
 * demo key material generated at first start): the real OpenSSH {@code sftp} client uploads, the
 * drop folder takes copies, receipts are verified with the demo trust folder, and the database is
 * read back through the REST API. Each test uses its own recommender accounts, so no test depends
 * on another's chain.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxIT {

    private static final String ADMIN_PASSWORD = System.getProperty("pilot.it.admin.password", "it-Admin-Passw0rd!");
    private static final Duration RECEIPT_WITHIN = Duration.ofSeconds(10);

    private final Path appDir = Path.of(System.getProperty("pilot.app.dir", ".")).toAbsolutePath();
    private Path work;
    private SiteProcess site;
    private Batches batches;
    private Path demoKeys;
    private char[] keystorePassword;

    @BeforeAll
    void startSite() throws Exception {
        work = Files.createDirectories(appDir.resolve("target/inbox-it")).resolve("run-" + System.currentTimeMillis());
        Files.createDirectories(work);
        site = SiteProcess.start(appDir, work.resolve("data"), SiteProcess.freePort(), SiteProcess.freePort(),
                ADMIN_PASSWORD, work.resolve("site.log"));
        batches = new Batches(Files.createDirectories(work.resolve("packages")));
        demoKeys = site.dataDir.resolve("demo-keys");
        keystorePassword = Files.readString(demoKeys.resolve("keystore-password.txt")).strip().toCharArray();
    }

    @AfterAll
    void stopSite() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void a_batch_uploaded_with_the_openssh_client_is_imported_and_answered_with_a_signed_receipt_within_ten_seconds()
            throws Exception {
        String xuhui = "310104";
        String changning = "310105";
        registerCertificate(xuhui);
        Path xuhuiKey = sshKey(xuhui);
        Path changningKey = sshKey(changning);
        String batchId = UUID.randomUUID().toString();
        Path pkg = batches.signed(Batches.batchXml(xuhui, batchId, 1, null), key(xuhui));
        String sha = PackageStore.digestOf(pkg);

        Instant uploaded = Instant.now();
        Sftp upload = sftp(xuhuiKey, xuhui, "put " + pkg + " inbox/first.zip.part", "rename inbox/first.zip.part inbox/first.zip");
        assertThat(upload.exit).as(upload.output).isZero();

        Path receipts = site.dataDir.resolve("sftp/sites/" + xuhui + "/receipts");
        List<Path> received = awaitReceipts(receipts, 1, RECEIPT_WITHIN);
        assertThat(Duration.between(uploaded, Instant.now())).isLessThan(RECEIPT_WITHIN);
        String receiptName = received.get(0).getFileName().toString();
        assertThat(receiptName).startsWith(sha);

        // the sender fetches it over SFTP, and it verifies as signed by 310000
        Path fetched = Files.createDirectories(work.resolve("fetched-" + xuhui));
        Sftp get = sftp(xuhuiKey, xuhui, "get receipts/" + receiptName + " " + fetched.resolve(receiptName));
        assertThat(get.exit).as(get.output).isZero();
        Receipt receipt = read(fetched.resolve(receiptName));
        assertThat(receipt.getVerdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(receipt.getPackageSha256()).isEqualTo(sha);
        // the sample's second applicant was penalised in 2021: intake's eligibility rules, re-checked here, refuse it
        assertThat(receipt.getItemResult()).extracting(ItemResult::getVerdict).containsExactly(ItemVerdict.ACCEPTED,
                ItemVerdict.REFUSED);
        assertThat(receipt.getItemResult().get(1).getReason()).extracting(Reason::getCode)
                .containsExactly("penalised-within-three-years");

        String status = site.get("/api/inbox/" + sha).body();
        assertThat(field(status, "state")).isEqualTo("IMPORTED");
        assertThat(number(status, "importedRows")).isEqualTo(1);
        assertThat(number(site.get("/api/inbox/batches/" + batchId + "/items").body(), "items")).isEqualTo(1);

        // another district's account sees neither Xuhui's folders nor its receipt
        Sftp listing = sftp(changningKey, changning, "ls -a /", "ls -a receipts");
        assertThat(listing.exit).as(listing.output).isZero();
        assertThat(listing.output).doesNotContain(receiptName).doesNotContain(xuhui);
        for (String path : List.of("/" + xuhui + "/receipts/" + receiptName, "../" + xuhui + "/receipts/" + receiptName,
                "../../sites/" + xuhui + "/receipts/" + receiptName)) {
            Sftp steal = sftp(changningKey, changning, "get " + path + " " + work.resolve("stolen"));
            assertThat(steal.exit).as(steal.output).isNotZero();
        }
        assertThat(work.resolve("stolen")).doesNotExist();

        // the server offers public-key authentication only
        Sftp password = sftpPassword(xuhui);
        assertThat(password.exit).isNotZero();
        List<String> offered = password.output.lines().filter(l -> l.contains("Authentications that can continue:"))
                .map(l -> l.substring(l.indexOf(':', l.indexOf("continue")) + 1).strip()).toList();
        assertThat(offered).as(password.output).isNotEmpty().allMatch("publickey"::equals);
        assertThat(password.output).contains("Permission denied (publickey)");
    }

    @Test
    void the_same_package_dropped_a_hundred_times_is_imported_once_and_answered_a_hundred_times() throws Exception {
        String code = "310106";
        registerCertificate(code);
        String batchId = UUID.randomUUID().toString();
        Path pkg = batches.signed(Batches.batchXml(code, batchId, 1, null), key(code));
        String sha = PackageStore.digestOf(pkg);
        Path inbox = site.dataDir.resolve("dropbox/" + code + "/inbox");
        for (int i = 1; i <= 100; i++) {
            Batches.drop(pkg, inbox, "copy-" + i + ".zip");
        }
        List<Path> receipts = awaitReceipts(site.dataDir.resolve("dropbox/" + code + "/receipts"), 100, Duration.ofSeconds(120));
        List<Verdict> verdicts = new ArrayList<>();
        for (Path r : receipts) {
            Receipt receipt = read(r);
            assertThat(receipt.getPackageSha256()).isEqualTo(sha);
            verdicts.add(receipt.getVerdict());
        }
        assertThat(verdicts).hasSize(100);
        assertThat(verdicts.stream().filter(v -> v == Verdict.ACCEPTED)).hasSize(1);
        assertThat(verdicts.stream().filter(v -> v == Verdict.DUPLICATE)).hasSize(99);
        String status = site.get("/api/inbox/" + sha).body();
        assertThat(number(status, "arrivals")).isEqualTo(100);
        assertThat(number(site.get("/api/inbox/batches/" + batchId + "/items").body(), "items")).isEqualTo(1);
    }

    @Test
    void an_item_imported_before_is_refused_in_the_next_batch_and_the_package_is_still_answered() throws Exception {
        String code = "310114";
        registerCertificate(code);
        Path inbox = site.dataDir.resolve("dropbox/" + code + "/inbox");
        Path receiptsDir = site.dataDir.resolve("dropbox/" + code + "/receipts");
        String firstId = UUID.randomUUID().toString();
        Path first = batches.signed(Batches.batchXml(code, firstId, 1, null), key(code));
        Batches.drop(first, inbox, "first.zip");
        Receipt firstReceipt = read(awaitReceipts(receiptsDir, 1, Duration.ofSeconds(30)).get(0));
        assertThat(firstReceipt.getItemResult().get(0).getVerdict()).isEqualTo(ItemVerdict.ACCEPTED);
        String importedItem = firstReceipt.getItemResult().get(0).getItemId();

        // the district sends the same item (same item id) again in its next batch
        String secondId = UUID.randomUUID().toString();
        String xml = Batches.batchXml(code, secondId, 2, PackageStore.digestOf(first));
        Matcher itemId = Pattern.compile("<bt:ItemId>([^<]+)</bt:ItemId>").matcher(xml);
        assertThat(itemId.find()).isTrue();
        xml = xml.replace(itemId.group(1), importedItem);
        Path second = batches.signed(xml, key(code));
        Batches.drop(second, inbox, "second.zip");
        List<Path> answered = awaitReceipts(receiptsDir, 2, Duration.ofSeconds(30));
        Receipt secondReceipt = answered.stream().map(r -> {
            try {
                return read(r);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(r -> r.getBatchId() != null && r.getBatchId().equals(secondId)).findFirst().orElseThrow();
        assertThat(secondReceipt.getVerdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(secondReceipt.getItemResult().get(0).getItemId()).isEqualTo(importedItem);
        assertThat(secondReceipt.getItemResult().get(0).getVerdict()).isEqualTo(ItemVerdict.REFUSED);
        assertThat(secondReceipt.getItemResult().get(0).getReason()).extracting(Reason::getCode)
                .contains("item-already-imported");
        assertThat(field(site.get("/api/inbox/" + PackageStore.digestOf(second)).body(), "state")).isEqualTo("IMPORTED");
        assertThat(number(site.get("/api/inbox/batches/" + secondId + "/items").body(), "items")).isZero();
        assertThat(number(site.get("/api/inbox/batches/" + firstId + "/items").body(), "items")).isEqualTo(1);
    }

    @Test
    void tampered_unregistered_revoked_foreign_and_schema_invalid_packages_are_refused_and_import_nothing()
            throws Exception {
        String tamperedCode = "310107";
        String unregistered = "310109";
        String revoked = "310110";
        String foreign = "310112";
        String invalid = "310113";
        registerCertificate(tamperedCode);
        registerCertificate(revoked);
        registerCertificate(foreign);
        registerCertificate(invalid);
        String revokedFingerprint = Fingerprint.of(key(revoked).certificate());
        HttpResponse<String> revocation = site.postText("/api/admin/trust/certificates/" + revokedFingerprint
                + "/revocation", "key compromised (test)");
        assertThat(revocation.statusCode()).as(revocation.body()).isEqualTo(200);
        Thread.sleep(1500); // signing time after the revocation

        record Case(String code, String batchId, Path pkg, String expectedError) {
        }
        List<Case> cases = new ArrayList<>();
        String id1 = UUID.randomUUID().toString();
        Path good = batches.signed(Batches.batchXml(tamperedCode, id1, 1, null), key(tamperedCode));
        cases.add(new Case(tamperedCode, id1, batches.tampered(good, "<bt:Recommend>true", "<bt:Recommend>false"),
                "digest-mismatch"));
        String id2 = UUID.randomUUID().toString();
        cases.add(new Case(unregistered, id2, batches.signed(Batches.batchXml(unregistered, id2, 1, null), key(unregistered)),
                "certificate-not-registered"));
        String id3 = UUID.randomUUID().toString();
        cases.add(new Case(revoked, id3, batches.signed(Batches.batchXml(revoked, id3, 1, null), key(revoked)),
                "certificate-revoked"));
        String id4 = UUID.randomUUID().toString();
        String foreignHeader = Batches.batchXml(foreign, id4, 1, null).replace(
                "<bt:RecommenderCode>" + foreign + "</bt:RecommenderCode>", "<bt:RecommenderCode>310115</bt:RecommenderCode>");
        cases.add(new Case(foreign, id4, batches.signed(foreignHeader, key(foreign)), "batch-foreign-recommender"));
        String id5 = UUID.randomUUID().toString();
        String badSchema = Batches.batchXml(invalid, id5, 1, null).replace("<bt:BatchId>" + id5, "<bt:BatchId>not-a-uuid-" + id5);
        cases.add(new Case(invalid, id5, batches.signed(badSchema, key(invalid)), "pattern-mismatch"));

        for (Case c : cases) {
            Batches.drop(c.pkg(), site.dataDir.resolve("dropbox/" + c.code() + "/inbox"), "refused.zip");
        }
        for (Case c : cases) {
            List<Path> receipts = awaitReceipts(site.dataDir.resolve("dropbox/" + c.code() + "/receipts"), 1,
                    Duration.ofSeconds(30));
            Receipt receipt = read(receipts.get(0));
            assertThat(receipt.getVerdict()).as(c.expectedError()).isEqualTo(Verdict.REFUSED);
            assertThat(receipt.getReason()).extracting(Reason::getCode).as(c.code()).contains(c.expectedError());
            String status = site.get("/api/inbox/" + PackageStore.digestOf(c.pkg())).body();
            assertThat(field(status, "state")).as(status).isEqualTo("REFUSED");
            assertThat(status).contains("\"errorId\":\"" + c.expectedError() + "\"").as(status);
            assertThat(number(site.get("/api/inbox/batches/" + c.batchId() + "/items").body(), "items")).isZero();
        }
        // the quarantine lists them
        String quarantine = site.get("/api/inbox?state=REFUSED&size=500").body();
        for (Case c : cases) {
            assertThat(quarantine).contains(PackageStore.digestOf(c.pkg()));
        }
    }

    // --- helpers

    private SigningKey key(String code) throws IOException {
        return SigningKey.fromPkcs12(demoKeys.resolve("keys/" + code + ".p12"), keystorePassword);
    }

    private void registerCertificate(String code) throws Exception {
        HttpResponse<String> r = site.postText("/api/admin/trust/recommenders/" + code + "/certificates",
                Pem.write(key(code).certificate()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    private Path sshKey(String code) throws Exception {
        Path key = work.resolve("ssh-" + code);
        Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", code, "-f", key.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
        HttpResponse<String> r = site.postText("/api/admin/trust/recommenders/" + code + "/ssh-keys",
                Files.readString(Path.of(key + ".pub")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return key;
    }

    private record Sftp(int exit, String output) {
    }

    private Sftp sftp(Path key, String account, String... commands) throws Exception {
        Path batch = Files.createTempFile(work, "sftp-", ".txt");
        Files.write(batch, List.of(commands));
        return run(List.of("sftp", "-b", batch.toString(), "-i", key.toString(), "-P", Integer.toString(site.sftpPort),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "IdentitiesOnly=yes",
                "-o", "BatchMode=yes", account + "@127.0.0.1"));
    }

    private Sftp sftpPassword(String account) throws Exception {
        return run(List.of("sftp", "-v", "-P", Integer.toString(site.sftpPort), "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "PubkeyAuthentication=no",
                "-o", "PreferredAuthentications=password,keyboard-interactive", "-o", "BatchMode=yes",
                "-o", "NumberOfPasswordPrompts=1", account + "@127.0.0.1"));
    }

    private static Sftp run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(
                Path.of("/dev/null").toFile())).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Sftp(p.exitValue(), String.join(" ", command) + "\n" + output);
    }

    private Receipt read(Path receipt) throws Exception {
        return new ReceiptReader(new PackageVerifier(FolderTrustStore.load(demoKeys.resolve("trust")))).read(receipt);
    }

    private List<Path> awaitReceipts(Path folder, int count, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        List<Path> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    found = files.filter(f -> f.getFileName().toString().endsWith(".receipt.zip")).sorted().toList();
                }
                if (found.size() >= count) {
                    return found;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(found.size() + " of " + count + " receipts in " + folder + " within " + within
                + "\n" + site.tail());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return Long.parseLong(m.group(1));
    }
}
