package cn.sh.pilot.review.domain.shared;

import java.util.ArrayList;
import java.util.List;

import cn.sh.pilot.review.api.ReviewError;

/** The outcome of a policy: allowed, or refused with every reason found. */
public record Verdict(List<Refusal> refusals) {

    private static final Verdict ALLOWED = new Verdict(List.of());

    public Verdict {
        refusals = List.copyOf(refusals);
    }

    public static Verdict allow() {
        return ALLOWED;
    }

    public static Verdict refuse(ReviewError error, String detail) {
        return new Verdict(List.of(Refusal.of(error, detail)));
    }

    public static Verdict refuse(ReviewError error) {
        return refuse(error, "");
    }

    public boolean isAllowed() {
        return refusals.isEmpty();
    }

    public boolean isRefused() {
        return !refusals.isEmpty();
    }

    /** The refusal ids in order. */
    public List<ReviewError> errors() {
        return refusals.stream().map(Refusal::error).toList();
    }

    /** This verdict's refusals followed by {@code other}'s. */
    public Verdict and(Verdict other) {
        if (other.isAllowed()) {
            return this;
        }
        if (isAllowed()) {
            return other;
        }
        List<Refusal> all = new ArrayList<>(refusals);
        all.addAll(other.refusals);
        return new Verdict(all);
    }

    /** Every refusal, marked as being about {@code subject}. */
    public Verdict about(String subject) {
        return new Verdict(refusals.stream().map(r -> r.about(subject)).toList());
    }

    /** Throws when refused, carrying every refusal. */
    public void orThrow() throws ReviewRefusedException {
        if (isRefused()) {
            throw new ReviewRefusedException(refusals);
        }
    }
}
