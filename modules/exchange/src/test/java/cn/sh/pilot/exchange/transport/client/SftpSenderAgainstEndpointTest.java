package cn.sh.pilot.exchange.transport.client;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.pilot.exchange.transport.OpenSsh;
import cn.sh.pilot.exchange.transport.SiteFolders;
import cn.sh.pilot.exchange.transport.TransportError;
import cn.sh.pilot.exchange.transport.endpoint.EndpointSettings;
import cn.sh.pilot.exchange.transport.endpoint.FolderSftpAccounts;
import cn.sh.pilot.exchange.transport.endpoint.SftpEndpoint;
import cn.sh.pilot.exchange.transport.inbox.InboxArrival;
import cn.sh.pilot.exchange.transport.inbox.InboxChannel;
import cn.sh.pilot.exchange.transport.inbox.InboxWatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SftpSender} against {@link SftpEndpoint}: the recommender site talking to the municipal site. */
class SftpSenderAgainstEndpointTest {

    private static final RetryPolicy QUICK = RetryPolicy.of(2, Duration.ofMillis(50));

    @TempDir
    Path tmp;

    private Path root;
    private FolderSftpAccounts accounts;
    private SftpEndpoint endpoint;

    @BeforeEach
    void startEndpoint() throws Exception {
        root = tmp.resolve("municipal");
        accounts = new FolderSftpAccounts(root);
        endpoint = SftpEndpoint.start(new EndpointSettings("127.0.0.1", 0, root, tmp.resolve("hostkey")), accounts);
    }

    @AfterEach
    void stopEndpoint() throws Exception {
        endpoint.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "rsa", "ecdsa"})
    void a_batch_sent_with_an_openssh_key_reaches_the_municipal_watcher_once(String keyType) throws Exception {
        Path key = registeredKey("310104", keyType);
        Path batch = Files.write(tmp.resolve("batch-310104-0001.zip"), new byte[120_000]);
        List<InboxArrival> arrivals = new CopyOnWriteArrayList<>();
        Delivery delivery;
        try (InboxWatcher watcher = InboxWatcher.start(Map.of(InboxChannel.SFTP, SiteFolders.sftp(root)), arrivals::add,
                Duration.ofMillis(100)); SftpSender sender = new SftpSender(target("310104", key), QUICK)) {
            delivery = sender.send(batch, "inbox");
            waitUntil(() -> !arrivals.isEmpty());
            Thread.sleep(300);
        }
        assertThat(delivery.delivered()).as(String.valueOf(delivery)).isTrue();
        assertThat(delivery.remotePath()).isEqualTo("inbox/batch-310104-0001.zip");
        assertThat(arrivals).containsExactly(new InboxArrival("310104",
                endpoint.sites().inbox("310104").resolve("batch-310104-0001.zip"), InboxChannel.SFTP));
        assertThat(Files.readAllBytes(arrivals.get(0).file())).isEqualTo(Files.readAllBytes(batch));
    }

    @Test
    void the_same_name_sent_twice_is_refused_the_second_time_and_the_first_file_is_kept() throws Exception {
        Path key = registeredKey("310104", "ed25519");
        Path batch = Files.writeString(tmp.resolve("batch.zip"), "first");
        try (SftpSender sender = new SftpSender(target("310104", key), QUICK)) {
            assertThat(sender.send(batch, "inbox").delivered()).isTrue();
            Files.writeString(batch, "second, different");
            Delivery again = sender.send(batch, "inbox");
            assertThat(again.error()).isEqualTo(TransportError.REMOTE_EXISTS);
            assertThat(again.attempts()).isEqualTo(1);
        }
        assertThat(endpoint.sites().inbox("310104").resolve("batch.zip")).hasContent("first");
        assertThat(SftpSenderAgainstOpenSshServerTest.names(endpoint.sites().inbox("310104"))).containsExactly("batch.zip");
    }

    @Test
    void receipts_written_by_the_municipal_site_are_fetched_once() throws Exception {
        Path key = registeredKey("310104", "ed25519");
        endpoint.sites().prepare("310104");
        Files.writeString(endpoint.sites().receipts("310104").resolve("receipt-0001.zip"), "receipt");
        Path local = tmp.resolve("recommender/receipts");
        try (SftpSender sender = new SftpSender(target("310104", key), QUICK)) {
            Fetched first = sender.fetch("receipts", local);
            assertThat(first.files()).containsExactly(local.resolve("receipt-0001.zip"));
            assertThat(sender.fetch("receipts", local).files()).isEmpty();
        }
        assertThat(local.resolve("receipt-0001.zip")).hasContent("receipt");
    }

    @Test
    void sending_into_receipts_or_another_recommenders_inbox_is_refused() throws Exception {
        Path key = registeredKey("310104", "ed25519");
        endpoint.sites().prepare("310105");
        Path batch = Files.writeString(tmp.resolve("batch.zip"), "x");
        try (SftpSender sender = new SftpSender(target("310104", key), QUICK)) {
            Delivery intoReceipts = sender.send(batch, "receipts");
            assertThat(intoReceipts.error()).isEqualTo(TransportError.PERMISSION_DENIED);
            assertThat(intoReceipts.attempts()).isEqualTo(1);
            Delivery intoOther = sender.send(batch, "../310105/inbox");
            assertThat(intoOther.delivered()).isFalse();
            Fetched othersReceipts = sender.fetch("/../310105/receipts", tmp.resolve("stolen"));
            assertThat(othersReceipts.complete()).isFalse();
        }
        assertThat(SftpSenderAgainstOpenSshServerTest.names(endpoint.sites().inbox("310105"))).isEmpty();
        assertThat(SftpSenderAgainstOpenSshServerTest.names(endpoint.sites().receipts("310104"))).isEmpty();
    }

    @Test
    void an_endpoint_with_another_host_key_is_refused() throws Exception {
        Path key = registeredKey("310104", "ed25519");
        Path otherHostKey = OpenSsh.keygen(tmp, "other_host", "ed25519");
        SftpTarget wrongPin = target("310104", key).withHostKey(PinnedHostKey.read(Path.of(otherHostKey + ".pub")));
        try (SftpSender sender = new SftpSender(wrongPin, QUICK)) {
            Delivery delivery = sender.send(Files.writeString(tmp.resolve("b.zip"), "x"), "inbox");
            assertThat(delivery.error()).isEqualTo(TransportError.HOST_KEY_MISMATCH);
        }
    }

    @Test
    void the_host_key_is_kept_across_restarts_so_a_pin_stays_valid() throws Exception {
        String before = endpoint.hostKeyLine();
        endpoint.close();
        endpoint = SftpEndpoint.start(new EndpointSettings("127.0.0.1", 0, root, tmp.resolve("hostkey")), accounts);
        assertThat(endpoint.hostKeyLine()).isEqualTo(before).startsWith("ssh-ed25519 ");
        Path keyFile = tmp.resolve("hostkey/ssh_host_ed25519_key");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        OpenSsh.Run fingerprint = OpenSsh.run(Duration.ofSeconds(10), List.of(OpenSsh.SSH_KEYGEN.toString(), "-lf", keyFile + ".pub"));
        assertThat(fingerprint.output()).contains(endpoint.hostKeyFingerprint());
    }

    private Path registeredKey(String code, String type) throws Exception {
        Path key = OpenSsh.keygen(Files.createDirectories(tmp.resolve("keys-" + code)), "id_" + type, type);
        accounts.register(code, OpenSsh.publicKeyLine(key));
        return key;
    }

    private SftpTarget target(String code, Path key) throws Exception {
        return new SftpTarget("127.0.0.1", endpoint.port(), code, key, PinnedHostKey.parse(endpoint.hostKeyLine()),
                Duration.ofSeconds(10));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < end).as("not within 10 s").isTrue();
            Thread.sleep(20);
        }
    }
}
