package cn.sh.pilot.exchange.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH {@code sshd} on loopback with its own configuration, port, host keys and
 * authorized keys, all in a temporary folder:
 * {@code /usr/sbin/sshd -D -e -f <dir>/sshd_config}. Logs go to {@code <dir>/sshd.log}.
 */
public final class OpenSshServer implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final Path hostKey;
    private final Path authorizedKeys;
    private Process process;

    /** Prepares the configuration (ed25519 and ECDSA host keys) without starting. */
    public OpenSshServer(Path dir) throws IOException {
        OpenSsh.require(OpenSsh.SSHD);
        this.dir = Files.createDirectories(dir);
        this.port = OpenSsh.freePort();
        this.hostKey = OpenSsh.keygen(dir, "ssh_host_ed25519_key", "ed25519");
        Path ecdsa = OpenSsh.keygen(dir, "ssh_host_ecdsa_key", "ecdsa");
        this.authorizedKeys = dir.resolve("authorized_keys");
        Files.writeString(authorizedKeys, "");
        Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + ecdsa,
                "HostKey " + hostKey,
                "AuthorizedKeysFile " + authorizedKeys,
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password",
                "UsePAM no",
                "StrictModes no",
                "Subsystem sftp internal-sftp",
                "PidFile " + dir.resolve("sshd.pid"),
                "LogLevel VERBOSE",
                "") , StandardCharsets.US_ASCII);
        // the privilege separation folder sshd insists on (present once openssh-server is installed)
        Path privsep = Path.of("/run/sshd");
        if (!Files.isDirectory(privsep)) {
            Files.createDirectories(privsep);
        }
    }

    public void authorize(Path privateKey) throws IOException {
        Files.writeString(authorizedKeys, OpenSsh.publicKeyLine(privateKey) + "\n", StandardCharsets.US_ASCII,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** Starts sshd and waits until it accepts connections. */
    public void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(List.of(OpenSsh.SSHD.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("sshd.log").toFile()))
                .start();
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            assertThat(process.isAlive()).as("sshd exited: " + log()).isTrue();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                assertThat(System.nanoTime() < end).as("sshd not listening within 10 s: " + log()).isTrue();
                Thread.sleep(50);
            }
        }
    }

    /** Kills the per-connection sshd processes (dropping every open session); the listener stays. */
    public int killSessions() throws Exception {
        List<ProcessHandle> sessions = process.descendants().toList();
        for (ProcessHandle session : sessions) {
            session.destroyForcibly();
        }
        for (ProcessHandle session : sessions) {
            session.onExit().get(5, TimeUnit.SECONDS);
        }
        return sessions.size();
    }

    public int port() {
        return port;
    }

    /** The ed25519 host key's public line, to pin. */
    public String hostKeyLine() {
        return OpenSsh.publicKeyLine(hostKey);
    }

    public String user() {
        return System.getProperty("user.name");
    }

    public String log() {
        try {
            Path log = dir.resolve("sshd.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
