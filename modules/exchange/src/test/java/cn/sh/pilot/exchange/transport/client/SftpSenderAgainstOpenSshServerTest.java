package cn.sh.pilot.exchange.transport.client;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.pilot.exchange.transport.OpenSsh;
import cn.sh.pilot.exchange.transport.OpenSshServer;
import cn.sh.pilot.exchange.transport.TransportError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SftpSender} against a real OpenSSH {@code sshd} on loopback. */
class SftpSenderAgainstOpenSshServerTest {

    private static final RetryPolicy QUICK = RetryPolicy.of(3, Duration.ofMillis(100));

    @TempDir
    Path tmp;

    private OpenSshServer sshd;
    private Path clientKey;
    private Path inbox;
    private Path receipts;

    @BeforeEach
    void prepare() throws Exception {
        sshd = new OpenSshServer(tmp.resolve("sshd"));
        clientKey = OpenSsh.keygen(tmp, "id_310104", "ed25519");
        sshd.authorize(clientKey);
        inbox = Files.createDirectories(tmp.resolve("remote/inbox"));
        receipts = Files.createDirectories(tmp.resolve("remote/receipts"));
    }

    @AfterEach
    void stop() throws Exception {
        sshd.close();
    }

    @Test
    void uploads_with_key_authentication_and_leaves_only_the_final_name() throws Exception {
        sshd.start();
        Path batch = randomFile("batch-1.zip", 200_000);
        Delivery delivery;
        try (SftpSender sender = new SftpSender(target(), QUICK)) {
            delivery = sender.send(batch, inbox.toString());
        }
        assertThat(delivery.delivered()).as(String.valueOf(delivery)).isTrue();
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.bytes()).isEqualTo(200_000);
        assertThat(delivery.remotePath()).isEqualTo(inbox + "/batch-1.zip");
        assertThat(Files.readAllBytes(inbox.resolve("batch-1.zip"))).isEqualTo(Files.readAllBytes(batch));
        assertThat(names(inbox)).containsExactly("batch-1.zip");
    }

    @Test
    void refuses_a_server_whose_host_key_is_not_the_pinned_one_without_retrying() throws Exception {
        sshd.start();
        Path impostor = OpenSsh.keygen(tmp, "impostor", "ed25519");
        SftpTarget wrongPin = target().withHostKey(PinnedHostKey.parse(OpenSsh.publicKeyLine(impostor)));
        List<String> failures = new CopyOnWriteArrayList<>();
        TransferObserver observer = new TransferObserver() {
            @Override
            public void attemptFailed(int attempt, TransportError error, String detail, Duration retryIn) {
                failures.add(attempt + " " + error + " " + (retryIn == null ? "final" : "retry"));
            }
        };
        Delivery delivery;
        try (SftpSender sender = new SftpSender(wrongPin, QUICK, observer)) {
            delivery = sender.send(randomFile("batch-1.zip", 1000), inbox.toString());
        }
        assertThat(delivery.error()).isEqualTo(TransportError.HOST_KEY_MISMATCH);
        assertThat(delivery.errorId()).contains("sftp-host-key-mismatch");
        // On a loaded machine an earlier attempt may fail for a passing reason (and be retried);
        // what matters is that the first host-key mismatch ends the delivery at once.
        assertThat(failures).last().isEqualTo(delivery.attempts() + " HOST_KEY_MISMATCH final");
        assertThat(failures).filteredOn(f -> f.contains("HOST_KEY_MISMATCH")).hasSize(1);
        assertThat(names(inbox)).isEmpty();
    }

    @Test
    void an_unregistered_client_key_is_refused_without_retrying() throws Exception {
        sshd.start();
        Path stranger = OpenSsh.keygen(tmp, "stranger", "ed25519");
        SftpTarget target = new SftpTarget("127.0.0.1", sshd.port(), sshd.user(), stranger,
                PinnedHostKey.parse(sshd.hostKeyLine()), Duration.ofSeconds(10));
        Delivery delivery;
        try (SftpSender sender = new SftpSender(target, QUICK)) {
            delivery = sender.send(randomFile("batch-1.zip", 1000), inbox.toString());
        }
        assertThat(delivery.error()).isEqualTo(TransportError.AUTH_REFUSED);
        assertThat(delivery.attempts()).isEqualTo(1);
    }

    @Test
    void retries_with_backoff_until_the_server_comes_up() throws Exception {
        List<String> failures = new CopyOnWriteArrayList<>();
        TransferObserver startServerOnFirstFailure = new TransferObserver() {
            @Override
            public void attemptFailed(int attempt, TransportError error, String detail, Duration retryIn) {
                failures.add(attempt + ":" + error.id() + ":" + retryIn);
                if (attempt == 1) {
                    try {
                        sshd.start();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
            }
        };
        Path batch = randomFile("batch-2.zip", 50_000);
        Delivery delivery;
        try (SftpSender sender = new SftpSender(target(), QUICK, startServerOnFirstFailure)) {
            delivery = sender.send(batch, inbox.toString());
        }
        assertThat(failures).containsExactly("1:sftp-unreachable:PT0.1S");
        assertThat(delivery.delivered()).as(String.valueOf(delivery)).isTrue();
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(Files.readAllBytes(inbox.resolve("batch-2.zip"))).isEqualTo(Files.readAllBytes(batch));
    }

    @Test
    void gives_up_after_the_configured_attempts_with_growing_delays() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        TransferObserver observer = new TransferObserver() {
            @Override
            public void attemptFailed(int attempt, TransportError error, String detail, Duration retryIn) {
                waits.add(retryIn);
            }
        };
        Delivery delivery;
        try (SftpSender sender = new SftpSender(target(), RetryPolicy.of(3, Duration.ofMillis(50)), observer)) {
            delivery = sender.send(randomFile("batch-3.zip", 10), inbox.toString());
        }
        assertThat(delivery.error()).isEqualTo(TransportError.UNREACHABLE);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), null);
    }

    @Test
    void a_connection_killed_mid_transfer_is_retried_and_no_partial_file_ever_has_the_final_name() throws Exception {
        sshd.start();
        Path batch = randomFile("batch-4.zip", 8 * 1024 * 1024);
        Path finalName = inbox.resolve("batch-4.zip");
        List<String> seen = new CopyOnWriteArrayList<>();
        TransferObserver killHalfway = new TransferObserver() {
            private boolean killed;

            @Override
            public void progress(int attempt, long bytesSent, long total) {
                if (attempt == 1 && !killed && bytesSent >= total / 4) {
                    killed = true;
                    try {
                        seen.add("killed " + sshd.killSessions() + " session processes");
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    seen.add("final name present after kill: " + Files.exists(finalName));
                }
            }

            @Override
            public void attemptFailed(int attempt, TransportError error, String detail, Duration retryIn) {
                seen.add("attempt " + attempt + " failed: " + error.id() + ", final name present: " + Files.exists(finalName)
                        + ", partial temporary file: " + partial(inbox.resolve("batch-4.zip.part"), batch));
            }
        };
        Delivery delivery;
        try (SftpSender sender = new SftpSender(target(), QUICK, killHalfway)) {
            delivery = sender.send(batch, inbox.toString());
        }
        assertThat(seen).hasSize(3);
        assertThat(seen.get(0)).doesNotStartWith("killed 0");
        assertThat(seen.get(1)).isEqualTo("final name present after kill: false");
        assertThat(seen.get(2)).isEqualTo("attempt 1 failed: sftp-connection-lost, final name present: false, partial temporary file: true");
        assertThat(delivery.delivered()).as(String.valueOf(delivery)).isTrue();
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(Files.readAllBytes(finalName)).isEqualTo(Files.readAllBytes(batch));
        assertThat(names(inbox)).containsExactly("batch-4.zip");
    }

    @Test
    void an_existing_final_name_is_never_overwritten() throws Exception {
        sshd.start();
        Files.writeString(inbox.resolve("batch-5.zip"), "delivered earlier");
        Delivery delivery;
        try (SftpSender sender = new SftpSender(target(), QUICK)) {
            delivery = sender.send(randomFile("batch-5.zip", 1000), inbox.toString());
        }
        assertThat(delivery.error()).isEqualTo(TransportError.REMOTE_EXISTS);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(inbox.resolve("batch-5.zip")).hasContent("delivered earlier");
        assertThat(names(inbox)).containsExactly("batch-5.zip");
    }

    @Test
    void fetch_downloads_only_new_complete_receipts() throws Exception {
        sshd.start();
        Files.writeString(receipts.resolve("r-1.zip"), "receipt 1 (remote)");
        Files.writeString(receipts.resolve("r-2.zip"), "receipt 2");
        Files.writeString(receipts.resolve("r-3.zip.part"), "receipt 3, still being written");
        Path local = Files.createDirectories(tmp.resolve("local-receipts"));
        Files.writeString(local.resolve("r-1.zip"), "receipt 1 (fetched before)");
        Fetched first;
        Fetched second;
        try (SftpSender sender = new SftpSender(target(), QUICK)) {
            first = sender.fetch(receipts.toString(), local);
            second = sender.fetch(receipts.toString(), local);
        }
        assertThat(first.complete()).as(String.valueOf(first)).isTrue();
        assertThat(first.files()).containsExactly(local.resolve("r-2.zip"));
        assertThat(local.resolve("r-2.zip")).hasContent("receipt 2");
        assertThat(local.resolve("r-1.zip")).hasContent("receipt 1 (fetched before)");
        assertThat(names(local)).containsExactlyInAnyOrder("r-1.zip", "r-2.zip");
        assertThat(second.files()).isEmpty();
    }

    @Test
    void a_missing_remote_folder_is_reported_without_retrying() throws Exception {
        sshd.start();
        Delivery delivery;
        try (SftpSender sender = new SftpSender(target(), QUICK)) {
            delivery = sender.send(randomFile("batch-6.zip", 10), tmp.resolve("remote/no-such-folder").toString());
        }
        assertThat(delivery.error()).isEqualTo(TransportError.REMOTE_FOLDER_MISSING);
        assertThat(delivery.attempts()).isEqualTo(1);
    }

    private SftpTarget target() throws Exception {
        return new SftpTarget("127.0.0.1", sshd.port(), sshd.user(), clientKey, PinnedHostKey.parse(sshd.hostKeyLine()),
                Duration.ofSeconds(10));
    }

    private Path randomFile(String name, int size) throws Exception {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(Files.createDirectories(tmp.resolve("outbox")).resolve(name), bytes);
    }

    private static boolean partial(Path temporary, Path complete) {
        try {
            return Files.exists(temporary) && Files.size(temporary) < Files.size(complete);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    static List<String> names(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
