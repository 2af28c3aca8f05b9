package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;

import java.util.List;
import java.util.stream.Collectors;

/** An application does not meet the notice's conditions; {@link #refusals()} lists every reason. */
public class IneligibleApplicationException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final transient List<Refusal> refusals;

    public IneligibleApplicationException(List<Refusal> refusals) {
        super(IntakeError.APPLICATION_INELIGIBLE, refusals.stream().map(Refusal::id).collect(Collectors.joining(", ")));
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
