package cn.sh.pilot.review.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

import cn.sh.pilot.contracts.error.RefusedException;

/**
 * A refusal by review's rules, carrying every reason found (not just the first), so a batch
 * operation can report each refused item at once. {@link #error()} is the first reason's id.
 */
public class ReviewRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final List<Refusal> refusals;

    public ReviewRefusedException(List<Refusal> refusals) {
        super(first(refusals).error(), refusals.stream().map(Refusal::en).collect(Collectors.joining("; ")));
        this.refusals = List.copyOf(refusals);
    }

    public static ReviewRefusedException of(Refusal refusal) {
        return new ReviewRefusedException(List.of(refusal));
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    private static Refusal first(List<Refusal> refusals) {
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("a refusal has at least one reason");
        }
        return refusals.get(0);
    }
}
