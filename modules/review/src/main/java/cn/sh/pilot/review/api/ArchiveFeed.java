package cn.sh.pilot.review.api;

import java.util.stream.Stream;

/**
 * Review's contribution to archival records: every recommended item the municipal inbox imported, with the
 * batch package that brought it. The app assembles it with the package store, the inbox ledger and the audit
 * log into the archive's project histories (review never sees the archive module).
 *
 * <p>{@link #items} reads lazily (a database cursor): an export of 10,000 items holds one at a time.
 */
public interface ArchiveFeed {

    /** How many distinct applications the items {@link #items} will produce belong to. */
    long countApplications(ArchiveQuery query);

    /**
     * The matching items, ordered by application id, then import time, then item id (an application corrected and
     * sent again has several items, one after the other); the caller closes the stream.
     */
    Stream<ArchivedItem> items(ArchiveQuery query);
}
