package cn.sh.pilot.app.domain.audit;

import cn.sh.pilot.contracts.audit.AuditEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One row of {@code audit_event}. Immutable once written; its id is its position in the chain. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private long id;
    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private String action;
    @Column(name = "entity_type", nullable = false)
    private String entityType;
    @Column(name = "entity_id")
    private String entityId;
    @Column(name = "before_json")
    private String beforeJson;
    @Column(name = "after_json")
    private String afterJson;
    @Column(name = "prev_hash", nullable = false)
    private String previousHash;
    @Column(nullable = false)
    private String hash;

    protected AuditEvent() {
    }

    /** Builds the next link after {@code previousHash}, computing its hash. */
    public static AuditEvent next(long id, OffsetDateTime occurredAt, String actor, String action, String entityType,
                                  String entityId, String beforeJson, String afterJson, String previousHash) {
        AuditEvent e = new AuditEvent();
        e.id = id;
        e.occurredAt = OffsetDateTime.ofInstant(AuditChain.normalise(occurredAt.toInstant()), ZoneOffset.UTC);
        e.actor = actor;
        e.action = action;
        e.entityType = entityType;
        e.entityId = entityId;
        e.beforeJson = beforeJson;
        e.afterJson = afterJson;
        e.previousHash = previousHash;
        e.hash = AuditChain.hashOf(e.link());
        return e;
    }

    public ChainLink link() {
        return new ChainLink(id, occurredAt.toInstant(), actor, action, entityType, entityId, beforeJson, afterJson,
                previousHash, hash);
    }

    public AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, action, entityType, entityId, beforeJson, afterJson, hash);
    }

    public long id() {
        return id;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String beforeJson() {
        return beforeJson;
    }

    public String afterJson() {
        return afterJson;
    }

    public String hash() {
        return hash;
    }

    public String previousHash() {
        return previousHash;
    }
}
