package cn.sh.pilot.app.application;

import java.util.List;
import java.util.Optional;

/** Where the recommender site keeps what it received from the municipal site (the caller's transaction). */
public interface ReceivedAnswers {

    boolean contains(String sha256);

    /** Stores the answer once; false if one with that SHA-256 is already there. */
    boolean add(ReceivedAnswer answer);

    /** The newest verified receipt answering the package with this SHA-256. */
    Optional<ReceivedAnswer> receiptFor(String packageSha256);

    /** Every verified line about an application (item results and decisions), oldest first, with its answer. */
    List<ReceivedAnswer> about(String applicationId);

    /** Newest first; {@code limit} at most. */
    List<ReceivedAnswer> latest(int limit);
}
