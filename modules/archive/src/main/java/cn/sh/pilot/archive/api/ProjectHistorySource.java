package cn.sh.pilot.archive.api;

import java.util.stream.Stream;

/**
 * Where an export reads project histories from. The app implements it over its database (projects,
 * stored packages, the audit log); tests and benchmarks implement it in memory or by generating.
 *
 * <p>An export holds one project at a time: {@link #histories(Selection)} must produce them lazily (a
 * JPA result stream, a keyset-paged query …), never as a list of all of them. The export closes the stream.
 */
public interface ProjectHistorySource {

    /** How many projects {@link #histories(Selection)} will produce, for the progress bar. */
    long count(Selection selection);

    /**
     * The projects that match {@code selection}, one complete history each, in a stable order
     * (e.g. by project number, then application id). The caller closes the stream.
     */
    Stream<ProjectHistory> histories(Selection selection);
}
