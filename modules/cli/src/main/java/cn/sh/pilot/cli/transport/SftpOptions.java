package cn.sh.pilot.cli.transport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.transport.TransportError;
import cn.sh.pilot.exchange.transport.client.PinnedHostKey;
import cn.sh.pilot.exchange.transport.client.RetryPolicy;
import cn.sh.pilot.exchange.transport.client.SftpTarget;
import cn.sh.pilot.exchange.transport.client.TransferObserver;
import picocli.CommandLine.Option;

/**
 * The municipal SFTP endpoint, as every command that talks to it takes it: host, port, account, private key, the
 * pinned host key (no trust on first use) and how often to retry. Mixed into {@code batch send} and
 * {@code receipts fetch}.
 */
public final class SftpOptions {

    @Option(names = "--host", required = true, paramLabel = "<host>", description = "市局 SFTP 服务器 / Municipal SFTP server.")
    String host;

    @Option(names = "--port", defaultValue = "2222", paramLabel = "<port>",
            description = "端口（默认 ${DEFAULT-VALUE}）/ Port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--user", required = true, paramLabel = "<code>",
            description = "SFTP 账户，即本单位代码（如 310104）/ SFTP account: your recommender code (e.g. 310104).")
    String user;

    @Option(names = "--key", required = true, paramLabel = "<id_ed25519>",
            description = "本单位的 SSH 私钥（OpenSSH 格式，未加密）/ Your SSH private key (OpenSSH format, unencrypted).")
    Path key;

    @Option(names = "--host-key", required = true, paramLabel = "<host_key.pub>",
            description = "市局提供的服务器主机公钥（.pub 或 known_hosts 行），只接受此密钥 / The server host key given by the "
                    + "municipal bureau (.pub or known_hosts line); no other key is accepted.")
    Path hostKey;

    @Option(names = "--retries", defaultValue = "4", paramLabel = "<n>",
            description = "连接失败或中断时的重试次数（默认 ${DEFAULT-VALUE}，间隔 2、4、8… 秒）/ Retries after an unreachable "
                    + "server or a dropped connection (default ${DEFAULT-VALUE}, waiting 2, 4, 8… s).")
    int retries;

    @Option(names = "--retry-delay", defaultValue = "PT2S", paramLabel = "<duration>", hidden = true,
            description = "首次重试前的等待（ISO-8601）/ Wait before the first retry (ISO-8601).")
    Duration retryDelay;

    @Option(names = "--timeout", defaultValue = "PT30S", paramLabel = "<duration>",
            description = "连接与每次请求的超时（ISO-8601，默认 ${DEFAULT-VALUE}）/ Timeout for connecting and each request "
                    + "(ISO-8601, default ${DEFAULT-VALUE}).")
    Duration timeout;

    public String user() {
        return user;
    }

    public SftpTarget target() throws RefusedException {
        if (port <= 0 || port > 65535) {
            throw new RefusedException(TransportError.UNREACHABLE, "port " + port);
        }
        return SftpTarget.of(host, port, user, key, PinnedHostKey.read(hostKey)).withTimeout(timeout);
    }

    public RetryPolicy retryPolicy() {
        return RetryPolicy.of(Math.max(0, retries) + 1, retryDelay);
    }

    /** Prints each failed attempt and the wait before the next, so the clerk sees the delivery state as it goes. */
    public static TransferObserver printingTo(PrintWriter out) {
        return new TransferObserver() {
            @Override
            public void attemptFailed(int attempt, TransportError error, String detail, Duration retryIn) {
                out.println("  第 " + attempt + " 次尝试失败 / attempt " + attempt + " failed [" + error.id() + "] " + detail);
                if (retryIn != null) {
                    out.println("    " + retryIn.toMillis() / 1000.0 + " 秒后重试 / retrying in " + retryIn.toMillis() / 1000.0 + " s");
                }
            }
        };
    }
}
