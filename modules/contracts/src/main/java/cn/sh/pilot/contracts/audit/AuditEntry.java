package cn.sh.pilot.contracts.audit;

import java.time.OffsetDateTime;

/**
 * One stored audit-log entry.
 *
 * @param id         position in the chain, 1, 2, 3 … without gaps
 * @param occurredAt when it happened (shown in Asia/Shanghai)
 * @param actor      user name of the caller, or {@code system} / {@code anonymous}
 * @param beforeJson state before, as JSON, or {@code null}
 * @param afterJson  state after, as JSON, or {@code null}
 * @param hash       SHA-256 (hex) over this entry's canonical content and the previous entry's hash
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String entityType,
                         String entityId, String beforeJson, String afterJson, String hash) {
}
