package cn.sh.pilot.contracts.error;

import java.util.Objects;
import java.util.Optional;

/**
 * A policy's answer: allowed, or refused with one error id and a detail naming the offending value.
 *
 * <p>Policies that use it check in a documented order and stop at the first refusal, so the answer
 * names the most fundamental problem first. {@code E} is the module's own error enum, so a policy's
 * signature says which ids it can refuse with, e.g. {@code Verdict<ProjectsError>}.
 *
 * <pre>{@code
 * Verdict<ProjectsError> verdict = policy.evaluate(project);
 * verdict.orThrow();                               // or: if (!verdict.isAllowed()) … verdict.error() …
 * }</pre>
 *
 * <p>For rules that report every reason at once rather than the first, a module keeps its own
 * multi-refusal type (see docs/adr/0004-shared-kernel-in-contracts.md).
 *
 * @param <E> the module's error ids
 */
public final class Verdict<E extends ErrorId> {

    /** Shared by every error type: an allowed verdict carries no error to be typed. */
    private static final Verdict<?> ALLOWED = new Verdict<>(null, "");

    private final E error;
    private final String detail;

    private Verdict(E error, String detail) {
        this.error = error;
        this.detail = detail;
    }

    /** The answer that lets the action go ahead. */
    @SuppressWarnings("unchecked")
    public static <E extends ErrorId> Verdict<E> allow() {
        return (Verdict<E>) ALLOWED;
    }

    /**
     * The answer that stops the action.
     *
     * @param error  why, as a stable id; never {@code null}
     * @param detail the offending value or part, in words a user can act on; {@code null} is read as empty
     */
    public static <E extends ErrorId> Verdict<E> refuse(E error, String detail) {
        return new Verdict<>(Objects.requireNonNull(error, "error"), detail == null ? "" : detail);
    }

    public boolean isAllowed() {
        return error == null;
    }

    /** The refusal's id, or empty when allowed. */
    public Optional<E> error() {
        return Optional.ofNullable(error);
    }

    /** The refusal's detail; empty when allowed or when the refusal has none. */
    public String detail() {
        return detail;
    }

    /** Throws the refusal, if any, as a {@link RefusedException} carrying the id and the detail. */
    public void orThrow() throws RefusedException {
        if (error != null) {
            throw new RefusedException(error, detail);
        }
    }

    /** {@code allowed}, or {@code refused <id> [<detail>]}, for logs and test failures. */
    @Override
    public String toString() {
        return isAllowed() ? "allowed" : "refused " + error.id() + " [" + detail + "]";
    }
}
