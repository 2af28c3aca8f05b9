package cn.sh.pilot.app.application;

import java.util.List;
import java.util.Optional;

/** Read access to the yearly calls (data, not code: a new call is new rows). */
public interface CallCatalogue {

    /** Newest first. */
    List<CallView> all();

    Optional<CallView> byId(String id);
}
