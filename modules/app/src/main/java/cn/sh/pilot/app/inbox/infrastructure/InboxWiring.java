package cn.sh.pilot.app.inbox.infrastructure;

import cn.sh.pilot.exchange.inbox.ApplicationJudge;
import cn.sh.pilot.intake.domain.call.CallRepository;
import cn.sh.pilot.intake.infrastructure.xml.EligibilityJudge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

/**
 * Plugs intake's eligibility rules into the inbox: the review module's batch handler asks every
 * {@link ApplicationJudge} bean, without depending on intake.
 */
@ApplicationScoped
public class InboxWiring {

    @Produces
    @Dependent
    ApplicationJudge eligibility(CallRepository calls) {
        return new EligibilityJudge(calls);
    }
}
