package cn.sh.pilot.app.domain.audit;

import java.time.Instant;

/**
 * The result of checking the whole chain: intact, or the first broken entry and what is wrong with it.
 *
 * @param checked    how many entries were read
 * @param brokenId   the first entry that does not fit (for {@link Problem#TAIL_MISSING}: the last entry the head names)
 * @param brokenAt   that entry's time, if it exists
 */
public record ChainVerification(boolean intact, long checked, Long brokenId, Instant brokenAt, Problem problem,
                                String detail) {

    public enum Problem {
        /** The entry's content no longer matches its stored hash: it was changed after it was written. */
        CONTENT_CHANGED,
        /** The entry's stored previous-hash is not the previous entry's hash: an entry before it was replaced. */
        LINK_BROKEN,
        /** Ids jump: entries before this one were deleted. */
        ENTRY_MISSING,
        /** The chain head names a later entry than the last one present: entries at the end were deleted. */
        TAIL_MISSING
    }

    public static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null, null, null);
    }

    public static ChainVerification broken(long checked, long id, Instant at, Problem problem, String detail) {
        return new ChainVerification(false, checked, id, at, problem, detail);
    }
}
