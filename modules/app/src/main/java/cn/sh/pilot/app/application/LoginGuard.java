package cn.sh.pilot.app.application;

import cn.sh.pilot.app.domain.security.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@link LoginThrottle} to console logins and writes failed logins and lock-outs to the audit log.
 */
@ApplicationScoped
public class LoginGuard {

    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());

    @Inject
    AuditLog audit;

    public Optional<Instant> lockedUntil(String username, String address) {
        return throttle.lockedUntil(username, address);
    }

    /** @return the lock now in force, if this failure (or earlier ones) caused one */
    public Optional<Instant> failed(String username, String address) {
        LoginThrottle.Outcome outcome = throttle.failed(username, address);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("address", address);
        details.put("consecutiveFailures", outcome.failures());
        outcome.lockedUntil().ifPresent(until -> details.put("lockedUntil",
                until.atZone(ShanghaiTime.ZONE).format(ShanghaiTime.DATE_TIME)));
        String subject = username == null ? "" : username;
        audit.recordAs("anonymous", "login.failed", "user", subject, null, details);
        if (outcome.lockStarted()) {
            audit.recordAs("system", "login.locked", "user", subject, null, details);
        }
        return outcome.lockedUntil();
    }

    public void succeeded(String username, String address) {
        throttle.succeeded(username);
        audit.recordAs(username, "login.succeeded", "user", username, null, Map.of("address", address));
    }
}
