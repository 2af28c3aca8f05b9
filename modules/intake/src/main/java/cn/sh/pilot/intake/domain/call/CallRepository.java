package cn.sh.pilot.intake.domain.call;

import java.util.Optional;

/** Where calls are kept (reference data, see the {@code app} module's migrations). */
public interface CallRepository {

    Optional<Call> find(CallId id);
}
