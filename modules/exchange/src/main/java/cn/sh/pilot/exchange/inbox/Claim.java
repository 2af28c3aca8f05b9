package cn.sh.pilot.exchange.inbox;

import java.time.Instant;

/**
 * The right to judge one package, won by exactly one worker in an atomic compare-and-set. The
 * token fences the completion: {@link PackageLedger#complete(Claim, Judgement)} succeeds only
 * while the package is still {@code PROCESSING} under this very token.
 *
 * @param sha256    the package
 * @param token     unique per claim
 * @param instance  the application instance that holds it (stable across restarts, e.g. the Payara instance name)
 * @param claimedAt when it was claimed
 */
public record Claim(String sha256, String token, String instance, Instant claimedAt) {
}
