package cn.sh.pilot.exchange.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real OpenSSH tools for tests: {@code ssh-keygen}, {@code sftp}, {@code ssh}. A missing
 * tool fails the test (CI installs openssh-client and openssh-server); nothing is skipped.
 */
public final class OpenSsh {

    public static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");
    public static final Path SFTP = Path.of("/usr/bin/sftp");
    public static final Path SSH = Path.of("/usr/bin/ssh");
    public static final Path SSHD = Path.of("/usr/sbin/sshd");

    private OpenSsh() {
    }

    /** The outcome of one command: exit code and everything it printed. */
    public record Run(int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    public static void require(Path tool) {
        assertThat(Files.isExecutable(tool))
                .as(tool + " is missing: install openssh-client and openssh-server (apt-get install -y openssh-client openssh-server)")
                .isTrue();
    }

    /** Generates a key pair without passphrase; returns the private key file ({@code .pub} beside it). */
    public static Path keygen(Path dir, String name, String type) {
        require(SSH_KEYGEN);
        Path key = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of(SSH_KEYGEN.toString(), "-q", "-t", type, "-N", "", "-C", name, "-f", key.toString()));
        if (type.equals("rsa")) {
            command.addAll(List.of("-b", "3072"));
        }
        Run run = run(Duration.ofSeconds(30), command);
        assertThat(run.succeeded()).as("ssh-keygen: " + run.output()).isTrue();
        return key;
    }

    public static String publicKeyLine(Path privateKey) {
        try {
            return Files.readString(Path.of(privateKey + ".pub"), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command with no standard input, waiting at most {@code timeout}. */
    public static Run run(Duration timeout, List<String> command) {
        Path output = null;
        try {
            output = Files.createTempFile("openssh-run", ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command + "\n" + Files.readString(output));
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    /** A port free right now on the loopback interface. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
