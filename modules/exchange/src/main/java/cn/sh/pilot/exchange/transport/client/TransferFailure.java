package cn.sh.pilot.exchange.transport.client;

import cn.sh.pilot.exchange.transport.TransportError;

/** Why one attempt failed, and whether another attempt may help. */
final class TransferFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient TransportError error;
    private final boolean retryable;

    private TransferFailure(TransportError error, boolean retryable, String detail, Throwable cause) {
        super(detail, cause);
        this.error = error;
        this.retryable = retryable;
    }

    /** A failure another attempt may cure: the network, a dropped connection. */
    static TransferFailure retryable(TransportError error, String detail, Throwable cause) {
        return new TransferFailure(error, true, detail, cause);
    }

    /** A failure that will repeat: wrong key, refused operation, existing name. */
    static TransferFailure permanent(TransportError error, String detail, Throwable cause) {
        return new TransferFailure(error, false, detail, cause);
    }

    TransportError error() {
        return error;
    }

    boolean isRetryable() {
        return retryable;
    }
}
