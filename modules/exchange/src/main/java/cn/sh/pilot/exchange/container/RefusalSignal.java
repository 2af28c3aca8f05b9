package cn.sh.pilot.exchange.container;

import java.io.IOException;

import cn.sh.pilot.contracts.error.RefusedException;

/** Carries a refusal through {@link java.io.InputStream} methods, which may only throw I/O errors. */
final class RefusalSignal extends IOException {

    private static final long serialVersionUID = 1L;

    RefusalSignal(RefusedException refusal) {
        super(refusal.getMessage(), refusal);
    }

    RefusedException refusal() {
        return (RefusedException) getCause();
    }
}
