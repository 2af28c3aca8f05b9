package cn.sh.pilot.acceptance.domain;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.acceptance.api.AcceptanceError;

import java.util.Objects;
import java.util.Optional;

/**
 * A policy's answer: allowed, or refused with one error id and a detail naming the offending value. Policies check
 * in a documented order and stop at the first refusal, so the answer names the most fundamental problem first.
 */
public final class Verdict {

    private static final Verdict ALLOWED = new Verdict(null, null);

    private final AcceptanceError error;
    private final String detail;

    private Verdict(AcceptanceError error, String detail) {
        this.error = error;
        this.detail = detail;
    }

    public static Verdict allow() {
        return ALLOWED;
    }

    public static Verdict refuse(AcceptanceError error, String detail) {
        return new Verdict(Objects.requireNonNull(error, "error"), detail == null ? "" : detail);
    }

    public boolean isAllowed() {
        return error == null;
    }

    public Optional<AcceptanceError> error() {
        return Optional.ofNullable(error);
    }

    public String detail() {
        return detail == null ? "" : detail;
    }

    /** Throws the refusal, if any. */
    public void orThrow() throws RefusedException {
        if (error != null) {
            throw new RefusedException(error, detail);
        }
    }

    @Override
    public String toString() {
        return isAllowed() ? "allowed" : "refused " + error.id() + " [" + detail + "]";
    }
}
