package cn.sh.pilot.exchange.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finishes what a crash (or a lost worker) left half done. Every step is safe to repeat, so the
 * application runs {@link #onStart()} once before it starts the inbox watcher, and {@link #sweep()}
 * every minute or so.
 *
 * <ol>
 * <li><b>Inbox files recorded but not removed</b> (crash after the ledger, before the delete): the
 *     file at the recorded path, if it still has the recorded digest, is deleted; no second arrival.</li>
 * <li><b>Packages {@code RECEIVED}</b> (crash before a worker claimed them) are judged.</li>
 * <li><b>Packages {@code PROCESSING}</b>: on start, those claimed by this instance (its previous
 *     life) are taken over at once; in a sweep, only those whose claim is older than the lease. The
 *     handler's work of the crashed attempt was rolled back with its transaction, and the new claim
 *     fences the old one out, so judging again is safe.</li>
 * <li><b>Receipts owed</b> by finished packages (crash after the commit, before or while writing the
 *     receipt) are written from the ledger; a receipt file already there is kept as it is.</li>
 * </ol>
 *
 * Files still in the inbox that the ledger never saw are left to the inbox watcher, which offers
 * every waiting file after a start.
 */
public final class InboxRecovery {

    private static final Logger LOG = Logger.getLogger(InboxRecovery.class.getName());

    /** How long a claim may last before another instance may take the package over. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(30);

    private final InboxPipeline pipeline;
    private final PackageLedger ledger;
    private final Duration lease;
    private final Clock clock;

    /** What a recovery run did. */
    public record Summary(int sourcesRemoved, int judged, int receiptsWritten, int failures) {
    }

    public InboxRecovery(InboxPipeline pipeline, Duration lease, Clock clock) {
        this.pipeline = pipeline;
        this.ledger = pipeline.ledger();
        this.lease = lease;
        this.clock = clock;
    }

    public InboxRecovery(InboxPipeline pipeline) {
        this(pipeline, DEFAULT_LEASE, Clock.systemUTC());
    }

    /** At start: this instance's own earlier claims are dead and are taken over at once. */
    public Summary onStart() {
        return run(pipeline.instance());
    }

    /** Periodically: only claims older than the lease are taken over. */
    public Summary sweep() {
        return run(null);
    }

    private Summary run(String deadInstance) {
        int removed = 0;
        int judged = 0;
        int written = 0;
        int failures = 0;
        for (Arrival arrival : ledger.sourcesPending()) {
            try {
                pipeline.removeSource(arrival);
                removed++;
            } catch (Exception e) {
                failures++;
                LOG.log(Level.WARNING, "recovery: cannot remove " + arrival.source(), e);
            }
        }
        Instant now = clock.instant();
        for (String sha256 : ledger.unfinished()) {
            try {
                Optional<Claim> claim = ledger.claim(sha256, pipeline.instance(), now);
                if (claim.isEmpty()) {
                    claim = ledger.reclaim(sha256, deadInstance, now.minus(lease), pipeline.instance(), now);
                }
                if (claim.isPresent()) {
                    pipeline.judge(claim.get());
                    judged++;
                }
            } catch (Exception e) {
                failures++;
                LOG.log(Level.WARNING, "recovery: package " + sha256 + " could not be judged; it stays for the next run", e);
            }
        }
        for (String sha256 : ledger.receiptsOwed().stream().map(Arrival::sha256).distinct().toList()) {
            try {
                written += pipeline.deliverReceipts(sha256);
            } catch (Exception e) {
                failures++;
                LOG.log(Level.WARNING, "recovery: receipts of " + sha256 + " not written yet", e);
            }
        }
        return new Summary(removed, judged, written, failures);
    }
}
