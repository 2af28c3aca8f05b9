package cn.sh.pilot.app.domain.audit;

import java.time.Instant;

/** The content of one audit entry that its hash covers, plus the stored hashes. */
public record ChainLink(long id, Instant occurredAt, String actor, String action, String entityType,
                        String entityId, String beforeJson, String afterJson, String previousHash, String hash) {
}
