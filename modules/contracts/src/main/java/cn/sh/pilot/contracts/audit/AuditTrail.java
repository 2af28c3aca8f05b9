package cn.sh.pilot.contracts.audit;

/**
 * Appends one state change to the system's append-only, hash-chained audit log.
 *
 * <p>Call it inside the transaction that makes the change: the entry commits or rolls back with it.
 * The implementation fills in who (the authenticated caller, or {@code system}) and when (now);
 * {@code before} and {@code after} are serialised as JSON (records, maps, strings and numbers work;
 * never pass secrets such as password hashes). Appends are serialised, so the chain never forks,
 * even with several application instances over one database.
 */
public interface AuditTrail {

    /**
     * @param action     what happened, as a stable dotted id, e.g. {@code application.submitted}
     * @param entityType the kind of record changed, e.g. {@code application}
     * @param entityId   which record (may be {@code null} for system-wide events)
     * @param before     the record's relevant state before the change, or {@code null} when created
     * @param after      the state after the change, or {@code null} when removed
     * @return the stored entry, with its position in the chain and its hash
     */
    AuditEntry record(String action, String entityType, String entityId, Object before, Object after);
}
