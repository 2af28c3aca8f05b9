package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.call.Call;

import java.time.Clock;
import java.util.List;

/**
 * Every rule of the notice at once, and last whether the application is complete enough to be sent
 * ({@link CompletenessPolicy}); the verdict keeps every refusal, so the console can show all problems together.
 * An application judged against another year's call is refused as such and nothing else is judged.
 */
public final class EligibilityPolicy implements ApplicationPolicy {

    private final List<ApplicationPolicy> policies;

    /** The rules of the notice, judging time by {@code clock}. */
    public EligibilityPolicy(Clock clock) {
        this(List.of(
                new DeadlinePolicy(clock),
                new CreditCodePolicy(),
                new RegistrationPolicy(),
                new StandardizationCapacityPolicy(),
                new GovernmentLedPolicy(),
                new InternalStandardizationPolicy(),
                new ExclusionPolicy(clock),
                new KeyProjectPolicy(),
                new CompletenessPolicy()));
    }

    public EligibilityPolicy(List<ApplicationPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    @Override
    public Verdict evaluate(Application application, Call call) {
        if (!application.callId().equals(call.id())) {
            return Verdict.refuse(IntakeError.CALL_MISMATCH, application.callId() + " ≠ " + call.id());
        }
        Verdict verdict = Verdict.allow();
        for (ApplicationPolicy policy : policies) {
            verdict = verdict.and(policy.evaluate(application, call));
        }
        return verdict;
    }
}
