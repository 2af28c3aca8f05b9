package cn.sh.pilot.exchange.transport.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a sender connects: host and port, the account (recommender code), the private key file
 * (OpenSSH format, ed25519, RSA or ECDSA, unencrypted) and the pinned server host key.
 *
 * @param timeout for connecting, authenticating and each SFTP request; a connection silent for
 *                twice this long is taken as dropped
 */
public record SftpTarget(String host, int port, String user, Path privateKey, PinnedHostKey hostKey, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public SftpTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(hostKey, "hostKey");
        Objects.requireNonNull(timeout, "timeout");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
    }

    public static SftpTarget of(String host, int port, String user, Path privateKey, PinnedHostKey hostKey) {
        return new SftpTarget(host, port, user, privateKey, hostKey, DEFAULT_TIMEOUT);
    }

    public SftpTarget withTimeout(Duration newTimeout) {
        return new SftpTarget(host, port, user, privateKey, hostKey, newTimeout);
    }

    public SftpTarget withHostKey(PinnedHostKey newHostKey) {
        return new SftpTarget(host, port, user, privateKey, newHostKey, timeout);
    }
}
