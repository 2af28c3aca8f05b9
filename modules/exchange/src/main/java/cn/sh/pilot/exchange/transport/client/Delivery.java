package cn.sh.pilot.exchange.transport.client;

import cn.sh.pilot.exchange.transport.TransportError;
import java.util.Optional;

/**
 * The outcome of one {@link SftpSender#send}: delivered under {@code remotePath}, or not, with the
 * error id of the last failure.
 *
 * @param remotePath the final remote path ({@code inbox/x.zip}), whether or not it was reached
 * @param attempts   connections tried (1 when it worked the first time)
 * @param bytes      the size of the file delivered (or meant to be)
 * @param error      null when delivered
 * @param detail     what failed, for logs and the operator; null when delivered
 */
public record Delivery(String remotePath, int attempts, long bytes, TransportError error, String detail) {

    static Delivery delivered(String remotePath, int attempts, long bytes) {
        return new Delivery(remotePath, attempts, bytes, null, null);
    }

    static Delivery failed(String remotePath, int attempts, long bytes, TransportError error, String detail) {
        return new Delivery(remotePath, attempts, bytes, error, detail);
    }

    public boolean delivered() {
        return error == null;
    }

    /** The stable error id ({@code sftp-...}) when not delivered. */
    public Optional<String> errorId() {
        return Optional.ofNullable(error).map(TransportError::id);
    }
}
