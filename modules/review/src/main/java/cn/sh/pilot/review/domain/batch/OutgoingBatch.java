package cn.sh.pilot.review.domain.batch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.Sha256;

/**
 * A batch on the recommender site, from the moment it is built until it is sent: the {@link Batch} itself (header
 * and items, as shown for the final look), its state, and once signed the package file in the outbox with the
 * SHA-256 that the next batch names as its predecessor. A built batch that is not signed can be built again
 * (replaced); a signed one is frozen. Sending records each delivery attempt round: delivered (SENT, with the
 * remote path) or failed (still SIGNED, with the error id and detail of the last attempt, to be sent again).
 */
public final class OutgoingBatch {

    /**
     * Where a batch stands on the site. ACCEPTED and REFUSED are the municipal inbox's answer (its signed receipt): a
     * refused batch is no link of the chain — the municipal chain holds accepted batches only — so the next batch
     * takes its sequence again and names the last accepted (or signed and unanswered) package as its predecessor.
     */
    public enum State { BUILT, SIGNED, SENT, ACCEPTED, REFUSED }

    private final Batch batch;
    private State state;
    private String packageName;
    private Sha256 packageDigest;
    private String signer;
    private Instant signedAt;
    private Delivery delivery;

    /**
     * The last sending round: how many connections were tried, when it ended, where the package went (final remote
     * path), and the error id and detail when it was not delivered.
     */
    public record Delivery(int attempts, Instant at, String remotePath, String errorId, String detail) {

        public boolean delivered() {
            return errorId == null;
        }
    }

    private OutgoingBatch(Batch batch, State state) {
        this.batch = Objects.requireNonNull(batch, "batch");
        this.state = Objects.requireNonNull(state, "state");
    }

    public static OutgoingBatch built(Batch batch) {
        return new OutgoingBatch(batch, State.BUILT);
    }

    /** Rebuilds a stored batch (persistence only). */
    public static OutgoingBatch restore(Batch batch, State state, String packageName, Sha256 packageDigest,
            String signer, Instant signedAt, Delivery delivery) {
        OutgoingBatch b = new OutgoingBatch(batch, state);
        b.delivery = delivery;
        b.packageName = packageName;
        b.packageDigest = packageDigest;
        b.signer = signer;
        b.signedAt = signedAt;
        return b;
    }

    /** Records the signature: the signed package's file name in the outbox, its digest, the signer's subject. */
    public void signed(String fileName, Sha256 digest, String signerSubject, Instant at) throws ReviewRefusedException {
        if (state != State.BUILT) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.BATCH_NOT_BUILT,
                    batch.header().id() + " is " + state));
        }
        this.packageName = Objects.requireNonNull(fileName, "fileName");
        this.packageDigest = Objects.requireNonNull(digest, "digest");
        this.signer = Objects.requireNonNull(signerSubject, "signerSubject");
        this.signedAt = Objects.requireNonNull(at, "at");
        this.state = State.SIGNED;
    }

    /** Records a sending round; a delivered batch becomes SENT. Only a signed batch is sent. */
    public void delivery(Delivery round) throws ReviewRefusedException {
        if (state != State.SIGNED) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.BATCH_NOT_SIGNED, batch.header().id() + " is " + state));
        }
        this.delivery = Objects.requireNonNull(round, "round");
        if (round.delivered()) {
            state = State.SENT;
        }
    }

    /**
     * Records the municipal receipt's verdict. A receipt may arrive for a batch whose delivery was not recorded (a
     * crash after the transfer), so a signed batch is answered too. The first answer stands: the same verdict again,
     * or a later receipt for the same package (a municipal re-run), changes nothing here.
     *
     * @return whether the state changed
     */
    public boolean answered(boolean accepted) throws ReviewRefusedException {
        if (state == State.ACCEPTED || state == State.REFUSED) {
            return false;
        }
        if (state != State.SIGNED && state != State.SENT) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.BATCH_NOT_SIGNED,
                    batch.header().id() + " is " + state + ", a receipt answers signed batches only"));
        }
        state = accepted ? State.ACCEPTED : State.REFUSED;
        return true;
    }

    /** A link of the chain the next batch continues: signed, and not refused by the municipal inbox. */
    public boolean continuesChain() {
        return state != State.BUILT && state != State.REFUSED;
    }

    public Optional<Delivery> lastDelivery() {
        return Optional.ofNullable(delivery);
    }

    /** This batch as a link of the recommender's chain; only a signed batch is one. */
    public Optional<ChainLink> link() {
        return packageDigest == null ? Optional.empty()
                : Optional.of(new ChainLink(batch.header().sequence(), batch.header().id(), packageDigest));
    }

    public Batch batch() {
        return batch;
    }

    public BatchHeader header() {
        return batch.header();
    }

    public State state() {
        return state;
    }

    public Optional<String> packageName() {
        return Optional.ofNullable(packageName);
    }

    public Optional<Sha256> packageDigest() {
        return Optional.ofNullable(packageDigest);
    }

    public Optional<String> signer() {
        return Optional.ofNullable(signer);
    }

    public Optional<Instant> signedAt() {
        return Optional.ofNullable(signedAt);
    }
}
