package cn.sh.pilot.exchange.trust;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A certificate's revocation: signatures made before {@code revokedAt} stay valid, later ones
 * are refused.
 *
 * @param fingerprint SHA-256 of the certificate's DER encoding, lower-case hex
 * @param revokedAt   from when the certificate is no longer good
 * @param reason      in plain words (e.g. {@code keyCompromise 私钥泄露})
 */
public record Revocation(String fingerprint, OffsetDateTime revokedAt, String reason) {

    public Revocation {
        Objects.requireNonNull(fingerprint);
        Objects.requireNonNull(revokedAt);
        reason = reason == null ? "" : reason.strip();
    }
}
