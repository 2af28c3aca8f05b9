package cn.sh.pilot.exchange.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The record of every package and every arrival, keyed by the package's SHA-256 and by batch id.
 * The application implements it with JPA over one database shared by all instances; tests use an
 * in-memory one. Each method is one short transaction of its own, except
 * {@link #complete(Claim, Judgement)}, which joins the caller's transaction (the one that also
 * holds the handler's work).
 *
 * <p>What makes import exactly-once, and how it maps to SQL (PostgreSQL, H2):
 * <ul>
 * <li>{@link #recordArrival} is an insert-if-absent on the package ({@code INSERT … ON CONFLICT
 *     (sha256) DO NOTHING}, or catch the unique violation) plus an insert of the arrival with the
 *     next number under a lock of the package row ({@code SELECT … FOR UPDATE}).</li>
 * <li>{@link #claim} is a compare-and-set: {@code UPDATE inbox_package SET state='PROCESSING',
 *     claim_token=?, claim_instance=?, claimed_at=? WHERE sha256=? AND state='RECEIVED'}; one
 *     updated row means the caller won. ({@code SELECT … FOR UPDATE SKIP LOCKED} to pick the next
 *     {@code RECEIVED} package, then this update, works as well.)</li>
 * <li>{@link #complete} is fenced by the claim token: {@code UPDATE … SET state=?, … WHERE sha256=?
 *     AND state='PROCESSING' AND claim_token=?} inside the handler's transaction; zero rows →
 *     {@link ClaimLostException} → roll back. An imported package's batch id goes into a table
 *     with a unique key on the batch id in the same transaction; a duplicate key →
 *     {@link BatchIdTakenException} → roll back.</li>
 * </ul>
 */
public interface PackageLedger {

    /**
     * Records an arrival of stored bytes, atomically. A new package starts {@code RECEIVED} with
     * this arrival deciding. A {@code REFUSED} package is reopened ({@code RECEIVED} again, this
     * arrival deciding): nothing of it was imported, so judging it again is safe and lets a fixed
     * trust store or account take effect. If an arrival with the same {@code source} is recorded
     * and its source not yet removed, that arrival is returned unchanged ({@code isNew = false}):
     * the inbox file was recorded before a crash, not uploaded again.
     */
    RecordedArrival recordArrival(ArrivalNote note);

    /** Notes that the arrival's inbox file is gone. */
    void sourceRemoved(String sha256, int arrival);

    /** Arrivals whose inbox file may still be there (a crash between recording and removing). */
    List<Arrival> sourcesPending();

    Optional<PackageRecord> find(String sha256);

    List<Arrival> arrivals(String sha256);

    /** {@code RECEIVED → PROCESSING} for exactly one caller; empty for everyone else. */
    Optional<Claim> claim(String sha256, String instance, Instant at);

    /**
     * Takes over a {@code PROCESSING} package whose claim belongs to {@code deadInstance} (this
     * instance's own earlier life, before a crash; null in periodic sweeps) or was made before
     * {@code staleBefore} (a lost worker elsewhere). The new claim, held by {@code instance}, gets
     * a new token, so the old worker can no longer complete: {@code UPDATE … SET claim_token=?,
     * claim_instance=?, claimed_at=? WHERE sha256=? AND state='PROCESSING' AND (claim_instance=?
     * OR claimed_at < ?)}.
     */
    Optional<Claim> reclaim(String sha256, String deadInstance, Instant staleBefore, String instance, Instant at);

    /** The package that imported this batch id, if any. */
    Optional<String> batchHolder(String batchId);

    /**
     * {@code PROCESSING → IMPORTED | REFUSED} under the claim, in the caller's transaction; an
     * imported judgement's batch id is bound to the package at the same time.
     *
     * @throws ClaimLostException    if the claim is no longer current
     * @throws BatchIdTakenException if another package imported the batch id first
     */
    void complete(Claim claim, Judgement judgement) throws ClaimLostException, BatchIdTakenException;

    /** Packages {@code RECEIVED} or {@code PROCESSING}: in flight, or left so by a crash. */
    List<String> unfinished();

    /** Arrivals of finished packages still waiting for their receipt. */
    List<Arrival> receiptsOwed();

    /** Notes that the arrival's receipt was written under {@code receiptName}. */
    void receiptWritten(String sha256, int arrival, String receiptName, Instant at);
}
