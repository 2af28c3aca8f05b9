package cn.sh.pilot.review.domain.batch;

import java.util.Objects;
import java.util.Optional;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.shared.Refusal;

/**
 * How an incoming batch fits its recommender's chain: the next one (import it), a replay of an
 * accepted package (change nothing, answer with a duplicate receipt), or refused.
 */
public record ChainCheck(Outcome outcome, Refusal refusal) {

    public enum Outcome { NEXT, DUPLICATE, REFUSED }

    public ChainCheck {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.NEXT) != (refusal == null)) {
            throw new IllegalArgumentException("only NEXT comes without a reason");
        }
    }

    static ChainCheck next() {
        return new ChainCheck(Outcome.NEXT, null);
    }

    static ChainCheck duplicate(String detail) {
        return new ChainCheck(Outcome.DUPLICATE, Refusal.of(ReviewError.BATCH_DUPLICATE, detail));
    }

    static ChainCheck refused(ReviewError error, String detail) {
        return new ChainCheck(Outcome.REFUSED, Refusal.of(error, detail));
    }

    public boolean isNext() {
        return outcome == Outcome.NEXT;
    }

    /** The reason for a duplicate or a refusal; empty for the next batch. */
    public Optional<ReviewError> error() {
        return Optional.ofNullable(refusal).map(Refusal::error);
    }
}
