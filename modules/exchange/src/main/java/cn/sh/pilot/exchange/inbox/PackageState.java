package cn.sh.pilot.exchange.inbox;

/**
 * Where a package is in the pipeline: {@code RECEIVED → PROCESSING → IMPORTED | REFUSED}.
 * {@code IMPORTED} is final. A {@code REFUSED} package is judged again only when the same bytes
 * arrive again or an operator re-runs it (nothing of it was imported, so that changes nothing
 * unless the trust store or the account was fixed meanwhile).
 */
public enum PackageState {
    /** Stored and recorded; waiting for a worker to claim it. */
    RECEIVED,
    /** Claimed by one worker, which is judging it. */
    PROCESSING,
    /** Judged and imported, in the same transaction as the handler's work. Final. */
    IMPORTED,
    /** Judged and refused (a conflict included); nothing was imported. */
    REFUSED;

    public boolean finished() {
        return this == IMPORTED || this == REFUSED;
    }
}
