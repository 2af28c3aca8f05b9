package cn.sh.pilot.review.domain.decision;

/**
 * Where project number sequences come from. The app backs it by a database sequence per year, so
 * that numbers stay unique under parallel approvals on several instances and a number once handed
 * out is never handed out again (a refused or rolled-back approval leaves a gap, never a reuse).
 */
public interface ProjectNumberSequence {

    /** A sequence number for {@code year} that was never returned before, starting at 1. */
    long next(int year);
}
