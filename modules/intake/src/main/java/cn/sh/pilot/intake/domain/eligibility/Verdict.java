package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;

import java.util.ArrayList;
import java.util.List;

/** The outcome of a policy: allowed, or refused with every reason found. */
public record Verdict(List<Refusal> refusals) {

    private static final Verdict ALLOWED = new Verdict(List.of());

    public Verdict {
        refusals = List.copyOf(refusals);
    }

    public static Verdict allow() {
        return ALLOWED;
    }

    public static Verdict refuse(IntakeError error, String detail) {
        return new Verdict(List.of(new Refusal(error, detail)));
    }

    public static Verdict refuse(IntakeError error) {
        return refuse(error, "");
    }

    public boolean isAllowed() {
        return refusals.isEmpty();
    }

    public boolean isRefused() {
        return !refusals.isEmpty();
    }

    /** The refusal ids in order, e.g. for a receipt. */
    public List<IntakeError> errors() {
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

    /** Throws when refused, carrying every refusal. */
    public void orThrow() throws IneligibleApplicationException {
        if (isRefused()) {
            throw new IneligibleApplicationException(refusals);
        }
    }
}
