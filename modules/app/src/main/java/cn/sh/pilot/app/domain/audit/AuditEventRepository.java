package cn.sh.pilot.app.domain.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** Storage of the chain. Implementations serialise appends across threads and application instances. */
public interface AuditEventRepository {

    /** The last entry's id and hash, as recorded in the chain head. */
    record Head(long lastId, String lastHash) {
    }

    /**
     * Locks the chain head until the current transaction ends (SELECT … FOR UPDATE) and returns it.
     * Must be called inside a transaction.
     */
    Head lockHead();

    /** Reads the chain head without locking. */
    Head head();

    /** Stores {@code event} and moves the head to it; call after {@link #lockHead()} in the same transaction. */
    void append(AuditEvent event);

    /** Up to {@code max} entries with id greater than {@code afterId}, in id order. */
    List<AuditEvent> batchAfter(long afterId, int max);

    /** Newest first. */
    List<AuditEvent> page(int first, int max);

    long count();

    long countSince(OffsetDateTime since);
}
