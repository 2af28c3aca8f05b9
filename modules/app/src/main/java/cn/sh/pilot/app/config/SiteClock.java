package cn.sh.pilot.app.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one {@link Clock} the business rules are judged by (deadlines, submission and decision times), in
 * Asia/Shanghai. Normally the system clock. For tests and demonstrations only, {@code PILOT_CLOCK_FIXED} (an ISO
 * offset date-time such as {@code 2023-05-10T10:00:00+08:00}) sets it back or forward: the site's clock then starts
 * at that instant when the application starts and runs on from there. The audit log keeps real time regardless.
 */
@ApplicationScoped
public class SiteClock {

    private static final Logger LOG = Logger.getLogger(SiteClock.class.getName());
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Clock clock;

    protected SiteClock() {
        // for CDI proxies
    }

    @Inject
    public SiteClock(@ConfigProperty(name = "PILOT_CLOCK_FIXED") Optional<String> fixed) {
        Clock system = Clock.system(ZONE);
        this.clock = fixed.filter(s -> !s.isBlank()).map(s -> {
            OffsetDateTime start = OffsetDateTime.parse(s.strip());
            LOG.warning(() -> "PILOT_CLOCK_FIXED is set: business rules run on a clock that started at " + start
                    + " (test and demonstration setting, never for production)");
            return Clock.offset(system, Duration.between(system.instant(), start.toInstant()));
        }).orElse(system);
    }

    @Produces
    public Clock clock() {
        return clock;
    }
}
