package cn.sh.pilot.exchange.transport.client;

import cn.sh.pilot.exchange.transport.TransportError;
import java.time.Duration;

/**
 * Follows a transfer as it goes, e.g. to show delivery state per batch. Called on the sending
 * thread; keep it quick.
 */
public interface TransferObserver {

    TransferObserver NONE = new TransferObserver() {
    };

    /** Bytes of the local file written to the temporary remote name so far in this attempt. */
    default void progress(int attempt, long bytesSent, long total) {
    }

    /**
     * An attempt failed. {@code retryIn} is the wait before the next attempt, or null when no
     * attempt follows (the failure is final or attempts are used up).
     */
    default void attemptFailed(int attempt, TransportError error, String detail, Duration retryIn) {
    }
}
