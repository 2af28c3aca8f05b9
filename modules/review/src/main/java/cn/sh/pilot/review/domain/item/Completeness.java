package cn.sh.pilot.review.domain.item;

/** The state of an item's formal check: every applicable line passed, some line failed, or still open. */
public enum Completeness {
    PENDING,
    INCOMPLETE,
    COMPLETE
}
