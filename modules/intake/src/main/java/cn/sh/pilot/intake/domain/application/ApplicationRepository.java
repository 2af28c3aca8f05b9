package cn.sh.pilot.intake.domain.application;

import cn.sh.pilot.intake.domain.call.CallId;

import java.util.List;
import java.util.Optional;

/** Where applications are kept. */
public interface ApplicationRepository {

    Optional<Application> find(ApplicationId id);

    List<Application> findByCall(CallId callId);

    void save(Application application);
}
