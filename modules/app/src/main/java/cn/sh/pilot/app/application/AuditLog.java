package cn.sh.pilot.app.application;

import cn.sh.pilot.app.domain.audit.AuditEvent;
import cn.sh.pilot.app.domain.audit.AuditEventRepository;
import cn.sh.pilot.app.domain.audit.ChainVerification;
import cn.sh.pilot.app.domain.audit.ChainVerifier;
import cn.sh.pilot.contracts.audit.AuditEntry;
import cn.sh.pilot.contracts.audit.AuditTrail;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

import java.security.Principal;
import java.util.List;
import java.util.logging.Logger;

/**
 * The audit log: appends hash-chained entries in the caller's transaction, lists them and verifies the chain.
 * Appends lock the chain head row ({@code SELECT … FOR UPDATE}), so concurrent appends from any number of
 * threads or instances over one database queue up instead of forking the chain.
 */
@ApplicationScoped
public class AuditLog implements AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
    private static final int VERIFY_BATCH = 500;

    @Inject
    AuditEventRepository events;
    @Inject
    SecurityContext securityContext;

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEntry record(String action, String entityType, String entityId, Object before, Object after) {
        return recordAs(callerName(), action, entityType, entityId, before, after);
    }

    /** For events without an authenticated caller: {@code system} at startup, the attempted name on a failed login. */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEntry recordAs(String actor, String action, String entityType, String entityId, Object before, Object after) {
        AuditEventRepository.Head head = events.lockHead();
        AuditEvent event = AuditEvent.next(head.lastId() + 1, ShanghaiTime.now(), actor, action, entityType, entityId,
                json(before), json(after), head.lastHash());
        events.append(event);
        return event.toEntry();
    }

    /** Reads the whole chain in id order, in batches, and names the first entry that does not fit. */
    @Transactional(Transactional.TxType.REQUIRED)
    public ChainVerification verify() {
        AuditEventRepository.Head head = events.head();
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
        while (true) {
            List<AuditEvent> batch = events.batchAfter(after, VERIFY_BATCH);
            for (AuditEvent e : batch) {
                if (!verifier.accept(e.link())) {
                    ChainVerification result = verifier.finish(head.lastId(), head.lastHash());
                    LOG.warning(() -> "Audit chain broken at entry " + result.brokenId() + ": " + result.problem() + " " + result.detail());
                    return result;
                }
                after = e.id();
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        return verifier.finish(head.lastId(), head.lastHash());
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<AuditEntry> page(int first, int max) {
        return events.page(first, max).stream().map(AuditEvent::toEntry).toList();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public long count() {
        return events.count();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public long countToday() {
        return events.countSince(ShanghaiTime.startOfToday());
    }

    private String callerName() {
        try {
            Principal principal = securityContext.getCallerPrincipal();
            return principal == null ? "system" : principal.getName();
        } catch (RuntimeException noRequest) {
            return "system";
        }
    }

    private String json(Object value) {
        return value == null ? null : jsonb.toJson(value);
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.fine(() -> "closing JSON-B: " + e);
        }
    }
}
