package cn.sh.pilot.exchange.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.keys.CertificateIssuer;
import cn.sh.pilot.exchange.keys.DemoKeyMaterial;
import cn.sh.pilot.exchange.keys.KeyType;
import cn.sh.pilot.exchange.receipt.ReceiptReader;
import cn.sh.pilot.exchange.receipt.ReceiptWriter;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.transport.SiteFolders;
import cn.sh.pilot.exchange.transport.inbox.InboxArrival;
import cn.sh.pilot.exchange.transport.inbox.InboxChannel;
import cn.sh.pilot.exchange.trust.FolderTrustStore;
import cn.sh.pilot.exchange.trust.TrustFolder;
import cn.sh.pilot.exchange.trust.TrustStore;

/**
 * A municipal site in a temporary folder: demo keys for 310000 and the districts (EC P-256, so
 * quick to make), their trust folder, the write-once store, an in-memory ledger with test
 * transactions, a recording batch handler, and the SFTP and drop folders. Packages are built from
 * the schema samples and signed for real.
 */
final class InboxWorld {

    static final char[] PASSWORD = "inbox-test".toCharArray();
    static final String XUHUI = "310104";
    static final String CHANGNING = "310105";
    static final String SAMPLE_BATCH_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    /** The sample batch has two items. */
    static final int SAMPLE_ITEMS = 2;

    final Path sftpRoot;
    final Path dataDir;
    final Path work;
    final DemoKeyMaterial.Written keys;
    final TestTransactions transactions = new TestTransactions();
    final InMemoryLedger ledger = new InMemoryLedger(transactions);
    final RecordingHandler handler = new RecordingHandler(transactions);
    final PackageStore store;
    private final Path keyDir;
    private final AtomicInteger names = new AtomicInteger();

    InboxWorld(Path tmp) throws IOException {
        this.sftpRoot = tmp.resolve("sftp");
        this.dataDir = tmp.resolve("data");
        this.work = Files.createDirectories(tmp.resolve("work"));
        this.keyDir = tmp.resolve("keys");
        this.keys = new DemoKeyMaterial(KeyType.EC_P256, Clock.systemUTC()).writeTo(keyDir, PASSWORD);
        this.store = PackageStore.open(dataDir);
    }

    SigningKey key(String code) {
        try {
            return SigningKey.fromPkcs12(keyDir.resolve("keys").resolve(code + ".p12"), PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key issued by the demo authority but registered to nobody. */
    SigningKey unregisteredKey(String code) throws IOException {
        SigningKey ca = SigningKey.fromPkcs12(keyDir.resolve("ca/demo-ca.p12"), PASSWORD);
        KeyPair keys = KeyType.EC_P256.generate();
        Instant now = Instant.now();
        return new SigningKey(keys.getPrivate(), CertificateIssuer.signer(new KeyPair(ca.certificate().getPublicKey(),
                ca.privateKey()), ca.certificate(), keys.getPublic(), "CN=" + code + " unregistered,O=Test,C=CN",
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))));
    }

    TrustFolder trustFolder() {
        return new TrustFolder(keys.trustFolder());
    }

    TrustStore trust() {
        try {
            return FolderTrustStore.load(keys.trustFolder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InboxPipeline pipeline() {
        return pipeline("instance-a", ledger);
    }

    /** A pipeline as a (re)started instance builds it: the trust store as it is on disk now. */
    InboxPipeline pipeline(String instance, PackageLedger ledger) {
        return InboxPipeline.builder()
                .store(store)
                .ledger(ledger)
                .transactions(transactions)
                .verifier(new PackageVerifier(trust()))
                .handler(handler)
                .receipts(new ReceiptWriter(key(TrustStore.MUNICIPAL_CODE)), new InboxFolders(sftpRoot, dataDir))
                .instance(instance)
                .build();
    }

    /** The sample batch, claiming {@code sender}, with this batch id; {@code variant} changes its bytes. */
    static byte[] batchXml(String sender, String batchId, int variant) {
        try {
            String xml = Files.readString(samples().resolve("recommendation-batch/good/district-xuhui-sequence-2.xml"));
            xml = xml.replace(XUHUI, sender).replace(SAMPLE_BATCH_ID, batchId)
                    .replace("<bt:Created>2023-05-18T14:30:00+08:00", "<bt:Created>2023-05-18T14:30:"
                            + String.format("%02d", variant) + "+08:00");
            return xml.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path samples() {
        return cn.sh.pilot.exchange.testing.Payloads.samples();
    }

    /** A batch claiming {@code sender}, signed with {@code signer}. */
    Path batch(String sender, SigningKey signer, String batchId, int variant) throws Exception {
        return signed("batch.xml", batchXml(sender, batchId, variant), signer);
    }

    Path batch(String sender) throws Exception {
        return batch(sender, key(sender), SAMPLE_BATCH_ID, 0);
    }

    Path signed(String payloadName, byte[] xml, SigningKey signer) throws Exception {
        int n = names.incrementAndGet();
        Path unsigned = work.resolve("unsigned-" + n + ".zip");
        Path signed = work.resolve("package-" + n + ".zip");
        PackageBuilder.create().payload(payloadName, xml).attach("form-scan.pdf",
                "%PDF-1.7\n% stamped form\n".getBytes(StandardCharsets.UTF_8)).writeTo(unsigned);
        new PackageSigner(signer).sign(unsigned, signed);
        return signed;
    }

    /** Copies the package into the account's drop-folder inbox under a fresh final name. */
    InboxArrival drop(Path pkg, String account) throws IOException {
        return drop(pkg, account, InboxChannel.DROPBOX);
    }

    InboxArrival drop(Path pkg, String account, InboxChannel channel) throws IOException {
        SiteFolders layout = channel == InboxChannel.SFTP ? SiteFolders.sftp(sftpRoot) : SiteFolders.dropbox(dataDir);
        layout.prepare(account);
        Path file = layout.inbox(account).resolve("upload-" + names.incrementAndGet() + ".zip");
        Files.copy(pkg, file);
        return new InboxArrival(account, file.toAbsolutePath(), channel);
    }

    Path inbox(String account) {
        return SiteFolders.dropbox(dataDir).inbox(account);
    }

    /** The complete receipts in the account's drop-folder {@code receipts/}, by name. */
    List<Path> receipts(String account) throws IOException {
        Path folder = SiteFolders.dropbox(dataDir).receipts(account);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".receipt.zip")).sorted().toList();
        }
    }

    /** Every file in the account's receipts folder, temporary ones included. */
    List<String> receiptFolderListing(String account) throws IOException {
        Path folder = SiteFolders.dropbox(dataDir).receipts(account);
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Verifies the receipt package (signer 310000 in the trust store) and reads it. */
    Receipt read(Path receipt) throws Exception {
        return new ReceiptReader(new PackageVerifier(trust())).read(receipt);
    }

    List<Receipt> readAll(String account) throws Exception {
        List<Receipt> all = new java.util.ArrayList<>();
        for (Path p : receipts(account)) {
            all.add(read(p));
        }
        return all;
    }

    List<String> inboxFiles(String account) throws IOException {
        Path inbox = inbox(account);
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
