package cn.sh.pilot.app.domain.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per user name and per client address.
 *
 * <p>After {@code userThreshold} consecutive failures for one user name (or {@code addressThreshold} from one
 * address) further attempts are refused without checking the password until a lock expires. The lock starts
 * at {@code baseLock} and doubles with every further failure, up to {@code maxLock}. A successful login clears
 * the user name's count (not the address's, so one valid account cannot reset an attacker's address).
 * Counts older than {@code maxLock} past their last failure are forgotten.
 *
 * <p>State is per application instance (memory); in a cluster each instance throttles on its own.
 */
public final class LoginThrottle {

    public static final int USER_THRESHOLD = 5;
    public static final int ADDRESS_THRESHOLD = 20;
    private static final int MAX_ENTRIES = 50_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    /** The result of recording a failure: the lock now in force, if any, and whether it just began. */
    public record Outcome(Optional<Instant> lockedUntil, boolean lockStarted, int failures) {
    }

    private final Clock clock;
    private final int userThreshold;
    private final int addressThreshold;
    private final Duration baseLock;
    private final Duration maxLock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this(clock, USER_THRESHOLD, ADDRESS_THRESHOLD, Duration.ofSeconds(30), Duration.ofMinutes(30));
    }

    public LoginThrottle(Clock clock, int userThreshold, int addressThreshold, Duration baseLock, Duration maxLock) {
        this.clock = clock;
        this.userThreshold = userThreshold;
        this.addressThreshold = addressThreshold;
        this.baseLock = baseLock;
        this.maxLock = maxLock;
    }

    /** The instant until which attempts for this user name or from this address are refused, if locked now. */
    public Optional<Instant> lockedUntil(String userName, String address) {
        Instant now = clock.instant();
        return later(lockOf(userKey(userName), now), lockOf(addressKey(address), now));
    }

    public Outcome failed(String userName, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_ENTRIES) {
            purge(now);
        }
        Failures user = bump(userKey(userName), userThreshold, now);
        Failures addr = bump(addressKey(address), addressThreshold, now);
        Optional<Instant> until = later(Optional.ofNullable(user.lockedUntil()).filter(now::isBefore),
                Optional.ofNullable(addr.lockedUntil()).filter(now::isBefore));
        boolean started = user.count() == userThreshold || addr.count() == addressThreshold;
        return new Outcome(until, started, user.count());
    }

    public void succeeded(String userName) {
        failures.remove(userKey(userName));
    }

    private Failures bump(String key, int threshold, Instant now) {
        return failures.compute(key, (k, old) -> {
            int count = old == null || expired(old, now) ? 1 : old.count() + 1;
            Instant lockedUntil = null;
            if (count >= threshold) {
                Duration lock = baseLock.multipliedBy(1L << Math.min(20, count - threshold));
                lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
            }
            return new Failures(count, now, lockedUntil);
        });
    }

    private Optional<Instant> lockOf(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.lockedUntil() == null || !now.isBefore(f.lockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(f.lockedUntil());
    }

    private boolean expired(Failures f, Instant now) {
        Instant horizon = f.lockedUntil() != null && f.lockedUntil().isAfter(f.last()) ? f.lockedUntil() : f.last();
        return horizon.plus(maxLock).isBefore(now);
    }

    private void purge(Instant now) {
        failures.entrySet().removeIf(e -> expired(e.getValue(), now));
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }

    private static String userKey(String userName) {
        return "u:" + (userName == null ? "" : userName.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
