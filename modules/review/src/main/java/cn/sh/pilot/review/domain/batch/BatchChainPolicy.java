package cn.sh.pilot.review.domain.batch;

import java.util.Optional;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.shared.Sha256;

/**
 * Checks an incoming batch against the batches already accepted from its recommender (municipal
 * side). Each recommender's batches form a hash chain: sequence numbers run from 1 without gaps and
 * every batch after the first names the SHA-256 of the previous package. So a lost batch (gap), a
 * replayed one (duplicate: answered, not re-imported) and a rewritten history (fork) are told apart.
 */
public final class BatchChainPolicy {

    /**
     * @param chain           what was accepted from the header's recommender
     * @param incoming        the incoming batch's header
     * @param incomingPackage SHA-256 of the incoming package file, as received
     */
    public ChainCheck check(BatchChain chain, BatchHeader incoming, Sha256 incomingPackage) {
        if (!chain.recommender().equals(incoming.recommender())) {
            throw new IllegalArgumentException("the chain of " + chain.recommender() + " cannot judge a batch of "
                    + incoming.recommender());
        }
        Optional<ChainLink> sameId = chain.withId(incoming.id());
        if (sameId.isPresent()) {
            return sameId.get().packageDigest().equals(incomingPackage)
                    ? ChainCheck.duplicate("batch " + incoming.id() + ", sequence " + sameId.get().sequence())
                    : ChainCheck.refused(ReviewError.BATCH_ID_REUSED, "batch " + incoming.id() + " was accepted as sequence "
                            + sameId.get().sequence() + " with package " + sameId.get().packageDigest().abbreviated());
        }
        Optional<ChainLink> sameSequence = chain.at(incoming.sequence());
        if (sameSequence.isPresent()) {
            return sameSequence.get().packageDigest().equals(incomingPackage)
                    ? ChainCheck.duplicate("sequence " + incoming.sequence())
                    : ChainCheck.refused(ReviewError.BATCH_CHAIN_FORK, "sequence " + incoming.sequence()
                            + " is already batch " + sameSequence.get().batchId());
        }
        Optional<ChainLink> last = chain.last();
        if (last.isEmpty()) {
            return first(incoming);
        }
        int expected = last.get().sequence() + 1;
        if (incoming.sequence() > expected) {
            return ChainCheck.refused(ReviewError.BATCH_CHAIN_GAP,
                    "expected sequence " + expected + ", received " + incoming.sequence());
        }
        if (incoming.sequence() < expected) {
            return ChainCheck.refused(ReviewError.BATCH_CHAIN_FORK,
                    "sequence " + incoming.sequence() + " lies before the last accepted " + last.get().sequence());
        }
        Sha256 previous = last.get().packageDigest();
        if (incoming.previous().filter(previous::equals).isEmpty()) {
            return ChainCheck.refused(ReviewError.BATCH_CHAIN_FORK, "previous package should be " + previous.abbreviated()
                    + "…, the batch names " + incoming.previous().map(Sha256::abbreviated).orElse("none"));
        }
        return ChainCheck.next();
    }

    private static ChainCheck first(BatchHeader incoming) {
        if (incoming.sequence() != 1) {
            return ChainCheck.refused(ReviewError.BATCH_CHAIN_FIRST_NOT_ONE, "received sequence " + incoming.sequence());
        }
        if (incoming.previous().isPresent()) {
            return ChainCheck.refused(ReviewError.BATCH_CHAIN_FIRST_HAS_PREVIOUS,
                    "names previous package " + incoming.previous().get().abbreviated());
        }
        return ChainCheck.next();
    }
}
