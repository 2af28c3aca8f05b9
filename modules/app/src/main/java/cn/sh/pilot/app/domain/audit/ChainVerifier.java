package cn.sh.pilot.app.domain.audit;

/**
 * Walks the chain in id order, one entry at a time (so memory stays bounded for any length), and stops at
 * the first entry that does not fit.
 */
public final class ChainVerifier {

    private long expectedId = 1;
    private String previousHash = AuditChain.GENESIS;
    private long checked;
    private ChainVerification failure;

    /** @return false once a broken entry was found (further entries are ignored) */
    public boolean accept(ChainLink link) {
        if (failure != null) {
            return false;
        }
        checked++;
        if (link.id() != expectedId) {
            failure = ChainVerification.broken(checked, link.id(), link.occurredAt(), ChainVerification.Problem.ENTRY_MISSING,
                    "expected entry " + expectedId + " but found " + link.id());
            return false;
        }
        String recomputed = AuditChain.hashOf(link);
        if (!recomputed.equals(link.hash())) {
            failure = ChainVerification.broken(checked, link.id(), link.occurredAt(), ChainVerification.Problem.CONTENT_CHANGED,
                    "stored hash " + abbreviate(link.hash()) + " but content hashes to " + abbreviate(recomputed));
            return false;
        }
        if (!previousHash.equals(link.previousHash())) {
            failure = ChainVerification.broken(checked, link.id(), link.occurredAt(), ChainVerification.Problem.LINK_BROKEN,
                    "previous hash " + abbreviate(link.previousHash()) + " but entry " + (link.id() - 1)
                            + " has " + abbreviate(previousHash));
            return false;
        }
        previousHash = link.hash();
        expectedId++;
        return true;
    }

    /**
     * @param headId   the id of the last entry according to the chain head
     * @param headHash that entry's hash according to the chain head
     */
    public ChainVerification finish(long headId, String headHash) {
        if (failure != null) {
            return failure;
        }
        long lastId = expectedId - 1;
        if (headId != lastId || !headHash.equals(previousHash)) {
            return ChainVerification.broken(checked, headId, null, ChainVerification.Problem.TAIL_MISSING,
                    "chain head names entry " + headId + " (" + abbreviate(headHash) + ") but the last entry present is "
                            + lastId + " (" + abbreviate(previousHash) + ")");
        }
        return ChainVerification.intact(checked);
    }

    private static String abbreviate(String hash) {
        return hash == null ? "null" : hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }
}
