package cn.sh.pilot.intake.infrastructure.xml;

import cn.sh.pilot.contracts.application.v1.Application;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.inbox.ApplicationJudge;
import cn.sh.pilot.exchange.receipt.ReceiptReason;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.domain.call.CallId;
import cn.sh.pilot.intake.domain.call.CallRepository;
import cn.sh.pilot.intake.domain.eligibility.EligibilityPolicy;
import cn.sh.pilot.intake.domain.eligibility.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The municipal inbox's view of intake (exchange's {@link ApplicationJudge}; here because contract types meet
 * intake's domain only in this package): the eligibility rules (notice §二, §三) applied again to an
 * application carried in a recommendation batch, as of its submission time. An unknown call is
 * left to the importing module's own rule (one reason per fault).
 */
public final class EligibilityJudge implements ApplicationJudge {

    private final CallRepository calls;
    private final ApplicationMapper mapper = new ApplicationMapper();

    public EligibilityJudge(CallRepository calls) {
        this.calls = calls;
    }

    @Override
    public List<ReceiptReason> judge(String recommenderCode, Application document, Instant submittedAt) {
        Optional<Call> call = calls.find(new CallId(document.getCallId()));
        if (call.isEmpty()) {
            return List.of();
        }
        try {
            var application = mapper.toDomain(document, recommenderCode, submittedAt).draft();
            return new EligibilityPolicy(Clock.fixed(submittedAt, ZoneOffset.UTC)).evaluate(application, call.get())
                    .refusals().stream().map(EligibilityJudge::reason).toList();
        } catch (RefusedException e) {
            return List.of(ReceiptReason.of(e.error(), e.detail()));
        }
    }

    private static ReceiptReason reason(Refusal r) {
        return ReceiptReason.of(r.error(), r.detail());
    }
}
