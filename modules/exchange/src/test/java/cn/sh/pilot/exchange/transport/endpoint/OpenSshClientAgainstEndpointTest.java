package cn.sh.pilot.exchange.transport.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.pilot.exchange.transport.OpenSsh;
import cn.sh.pilot.exchange.transport.OpenSsh.Run;
import cn.sh.pilot.exchange.transport.SiteFolders;
import cn.sh.pilot.exchange.transport.inbox.InboxArrival;
import cn.sh.pilot.exchange.transport.inbox.InboxChannel;
import cn.sh.pilot.exchange.transport.inbox.InboxWatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real OpenSSH client ({@code sftp}, {@code ssh}) against {@link SftpEndpoint}. */
class OpenSshClientAgainstEndpointTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private Path root;
    private Path key310104;
    private Path key310105;
    private Path knownHosts;
    private SftpEndpoint endpoint;

    @BeforeEach
    void startEndpoint() throws Exception {
        OpenSsh.require(OpenSsh.SFTP);
        OpenSsh.require(OpenSsh.SSH);
        root = tmp.resolve("transport");
        Path keys = Files.createDirectories(tmp.resolve("keys"));
        key310104 = OpenSsh.keygen(keys, "id_310104", "ed25519");
        key310105 = OpenSsh.keygen(keys, "id_310105", "ed25519");
        FolderSftpAccounts accounts = new FolderSftpAccounts(root);
        accounts.register("310104", OpenSsh.publicKeyLine(key310104));
        accounts.register("310105", OpenSsh.publicKeyLine(key310105));
        endpoint = SftpEndpoint.start(new EndpointSettings("127.0.0.1", 0, root, tmp.resolve("hostkey")), accounts);
        knownHosts = tmp.resolve("known_hosts");
        Files.writeString(knownHosts, "[127.0.0.1]:" + endpoint.port() + " " + endpoint.hostKeyLine() + "\n");
        endpoint.sites().prepare("310105");
        Files.writeString(endpoint.sites().receipts("310105").resolve("r-310105.zip"), "receipt for 310105");
        Files.writeString(endpoint.sites().inbox("310105").resolve("batch-310105.zip"), "batch of 310105");
    }

    @AfterEach
    void stopEndpoint() throws Exception {
        endpoint.close();
    }

    @Test
    void an_upload_under_a_temporary_name_renamed_to_its_final_name_reaches_the_watcher_exactly_once() throws Exception {
        Path local = Files.write(tmp.resolve("x.zip"), new byte[300_000]);
        List<InboxArrival> arrivals = new CopyOnWriteArrayList<>();
        try (InboxWatcher watcher = InboxWatcher.start(Map.of(InboxChannel.SFTP, SiteFolders.sftp(root)), arrivals::add,
                Duration.ofMillis(200))) {
            Run run = sftp(key310104, "310104", "put " + local + " inbox/x.zip.part", "rename inbox/x.zip.part inbox/x.zip");
            assertThat(run.succeeded()).as(run.output()).isTrue();
            waitFor(() -> arrivals.stream().anyMatch(a -> a.file().getFileName().toString().equals("x.zip")));
            Thread.sleep(700); // several rescans later: still once
        }
        List<InboxArrival> mine = arrivals.stream().filter(a -> a.recommenderCode().equals("310104")).toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).file()).isEqualTo(endpoint.sites().inbox("310104").resolve("x.zip"));
        assertThat(mine.get(0).channel()).isEqualTo(InboxChannel.SFTP);
        assertThat(Files.readAllBytes(mine.get(0).file())).isEqualTo(Files.readAllBytes(local));
        assertThat(arrivals).noneMatch(a -> a.file().getFileName().toString().endsWith(".part"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(endpoint.sites().inbox("310104"))))
                .isEqualTo("rwxr-x---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine.get(0).file())))
                .isEqualTo("rw-r-----");
    }

    @Test
    void a_recommender_can_neither_list_nor_read_another_recommenders_folders() {
        Path stolen = tmp.resolve("stolen.zip");
        for (String command : List.of("ls ../310105", "ls ../310105/inbox", "ls /310105/receipts",
                "ls ../../sites/310105/receipts", "get ../310105/receipts/r-310105.zip " + stolen,
                "get /../310105/inbox/batch-310105.zip " + stolen, "cd ../310105")) {
            Run run = sftp(key310104, "310104", command);
            assertThat(run.succeeded()).as(command + " must fail: " + run.output()).isFalse();
        }
        assertThat(stolen).doesNotExist();
        Run listing = sftp(key310104, "310104", "ls -a /", "ls -a ..", "ls -a ../..", "pwd");
        assertThat(listing.succeeded()).as(listing.output()).isTrue();
        assertThat(listing.output()).contains("inbox", "receipts").doesNotContain("310105", "sites", "accounts");
    }

    @Test
    void receipts_can_be_read_but_not_written_removed_or_renamed() throws Exception {
        endpoint.sites().prepare("310104");
        Files.writeString(endpoint.sites().receipts("310104").resolve("r1.zip"), "receipt one");
        Path fetched = tmp.resolve("r1-local.zip");
        Run get = sftp(key310104, "310104", "ls receipts", "get receipts/r1.zip " + fetched);
        assertThat(get.succeeded()).as(get.output()).isTrue();
        assertThat(get.output()).contains("r1.zip");
        assertThat(fetched).hasContent("receipt one");

        Path local = Files.writeString(tmp.resolve("evil.zip"), "not a receipt");
        for (String command : List.of("put " + local + " receipts/evil.zip", "put " + local + " receipts/.evil.zip.part",
                "rm receipts/r1.zip", "rename receipts/r1.zip receipts/r2.zip", "mkdir receipts/sub", "mkdir inbox/sub",
                "put " + local + " evil.zip", "chmod 777 receipts/r1.zip")) {
            Run run = sftp(key310104, "310104", command);
            assertThat(run.succeeded()).as(command + " must fail: " + run.output()).isFalse();
        }
        assertThat(endpoint.sites().receipts("310104")).isDirectoryContaining(p -> p.getFileName().toString().equals("r1.zip"));
        assertThat(Files.list(endpoint.sites().receipts("310104")).toList()).hasSize(1);
        assertThat(endpoint.sites().site("310104").resolve("evil.zip")).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(endpoint.sites().receipts("310104").resolve("r1.zip"))))
                .isNotEqualTo("rwxrwxrwx");
    }

    @Test
    void the_inbox_takes_only_temporary_names_renamed_once_to_a_new_final_name() throws Exception {
        Path local = Files.writeString(tmp.resolve("b.zip"), "batch");
        Run direct = sftp(key310104, "310104", "put " + local + " inbox/b.zip");
        assertThat(direct.succeeded()).as("writing straight to a final name must fail: " + direct.output()).isFalse();
        assertThat(endpoint.sites().inbox("310104").resolve("b.zip")).doesNotExist();

        Run first = sftp(key310104, "310104", "put " + local + " inbox/.b.zip", "rename inbox/.b.zip inbox/b.zip");
        assertThat(first.succeeded()).as(first.output()).isTrue();
        Path other = Files.writeString(tmp.resolve("other.zip"), "other content");
        Run again = sftp(key310104, "310104", "put " + other + " inbox/b.zip.part", "rename inbox/b.zip.part inbox/b.zip");
        assertThat(again.succeeded()).as("renaming onto an existing final name must fail: " + again.output()).isFalse();
        assertThat(endpoint.sites().inbox("310104").resolve("b.zip")).hasContent("batch");

        Run readBack = sftp(key310104, "310104", "get inbox/b.zip " + tmp.resolve("back.zip"));
        assertThat(readBack.succeeded()).as("the inbox is write-only: " + readBack.output()).isFalse();
        Run cleanup = sftp(key310104, "310104", "rm inbox/b.zip.part");
        assertThat(cleanup.succeeded()).as("a leftover temporary file may be removed: " + cleanup.output()).isTrue();
        Run removeFinal = sftp(key310104, "310104", "rm inbox/b.zip");
        assertThat(removeFinal.succeeded()).as("a delivered file may not be removed: " + removeFinal.output()).isFalse();
    }

    @Test
    void password_and_keyboard_interactive_authentication_are_refused() {
        for (String method : List.of("password", "keyboard-interactive")) {
            Run run = OpenSsh.run(LIMIT, List.of(OpenSsh.SFTP.toString(), "-F", "/dev/null", "-P", String.valueOf(endpoint.port()),
                    "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + knownHosts, "-o", "BatchMode=yes",
                    "-o", "PreferredAuthentications=" + method, "-o", "PubkeyAuthentication=no", "-b", batch("ls"),
                    "310104@127.0.0.1"));
            assertThat(run.succeeded()).as(method + " must be refused: " + run.output()).isFalse();
            assertThat(run.output()).contains("Permission denied");
        }
    }

    @Test
    void an_unregistered_key_is_refused() {
        Run run = sftp(key310105, "310104", "ls");
        assertThat(run.succeeded()).as(run.output()).isFalse();
        assertThat(run.output()).contains("Permission denied");
    }

    @Test
    void shell_exec_and_forwarding_are_refused() {
        int port = OpenSsh.freePort();
        for (List<String> request : List.of(List.of("310104@127.0.0.1", "ls"), List.of("-tt", "310104@127.0.0.1"),
                List.of("-N", "-o", "ExitOnForwardFailure=yes", "-R", "0:127.0.0.1:" + port, "310104@127.0.0.1"),
                List.of("-W", "127.0.0.1:" + endpoint.port(), "310104@127.0.0.1"))) {
            List<String> command = new ArrayList<>(ssh(key310104));
            command.addAll(request);
            Run run = OpenSsh.run(LIMIT, command);
            assertThat(run.succeeded()).as(request + " must be refused: " + run.output()).isFalse();
        }
        Run sanity = sftp(key310104, "310104", "ls");
        assertThat(sanity.succeeded()).as("the same key works for sftp: " + sanity.output()).isTrue();
    }

    @Test
    void a_wrong_known_host_key_makes_the_openssh_client_stop() throws Exception {
        Path otherHost = OpenSsh.keygen(tmp, "other_host", "ed25519");
        Files.writeString(knownHosts, "[127.0.0.1]:" + endpoint.port() + " " + OpenSsh.publicKeyLine(otherHost) + "\n");
        Run run = sftp(key310104, "310104", "ls");
        assertThat(run.succeeded()).isFalse();
        assertThat(run.output()).contains("HOST IDENTIFICATION HAS CHANGED");
    }

    private List<String> ssh(Path key) {
        return List.of(OpenSsh.SSH.toString(), "-F", "/dev/null", "-i", key.toString(), "-p", String.valueOf(endpoint.port()),
                "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + knownHosts, "-o", "BatchMode=yes",
                "-o", "IdentitiesOnly=yes", "-o", "ConnectTimeout=10");
    }

    private Run sftp(Path key, String user, String... commands) {
        return OpenSsh.run(LIMIT, List.of(OpenSsh.SFTP.toString(), "-F", "/dev/null", "-i", key.toString(),
                "-P", String.valueOf(endpoint.port()), "-o", "StrictHostKeyChecking=yes",
                "-o", "UserKnownHostsFile=" + knownHosts, "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
                "-o", "PreferredAuthentications=publickey", "-b", batch(commands), user + "@127.0.0.1"));
    }

    private String batch(String... commands) {
        try {
            Path file = Files.createTempFile(tmp, "batch", ".txt");
            Files.writeString(file, String.join("\n", commands) + "\n", StandardCharsets.UTF_8);
            return file.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < end).as("condition not met within 10 s").isTrue();
            Thread.sleep(20);
        }
    }
}
