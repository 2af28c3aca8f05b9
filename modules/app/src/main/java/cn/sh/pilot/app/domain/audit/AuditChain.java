package cn.sh.pilot.app.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The chain's hashing rule. Entry n's hash is SHA-256 over its canonical content followed by entry n-1's
 * hash (the first entry follows {@link #GENESIS}). The canonical content is each field as
 * {@code <length>:<value>;} ({@code -1:;} for null) in a fixed order, so no two different entries share a
 * canonical form. Times are cut to microseconds and written as UTC instants, which both H2 and PostgreSQL
 * store exactly.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static Instant normalise(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(long id, Instant occurredAt, String actor, String action, String entityType,
                              String entityId, String beforeJson, String afterJson, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(id));
        field(canonical, normalise(occurredAt).toString());
        field(canonical, actor);
        field(canonical, action);
        field(canonical, entityType);
        field(canonical, entityId);
        field(canonical, beforeJson);
        field(canonical, afterJson);
        field(canonical, previousHash);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hashOf(ChainLink link) {
        return hash(link.id(), link.occurredAt(), link.actor(), link.action(), link.entityType(), link.entityId(),
                link.beforeJson(), link.afterJson(), link.previousHash());
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-1:;");
        } else {
            out.append(value.length()).append(':').append(value).append(';');
        }
    }
}
