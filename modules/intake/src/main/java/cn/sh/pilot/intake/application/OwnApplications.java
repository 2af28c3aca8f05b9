package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationRepository;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.domain.call.CallId;
import cn.sh.pilot.intake.domain.call.CallRepository;

/** Loading what a use case acts on, with the refusals every use case shares. */
final class OwnApplications {

    private OwnApplications() {
    }

    /** The application {@code id}, if it exists and is addressed to the actor's recommender. */
    static Application load(ApplicationRepository applications, Actor actor, ApplicationId id) throws RefusedException {
        Application application = applications.find(id)
                .orElseThrow(() -> new RefusedException(IntakeError.APPLICATION_NOT_FOUND, "application " + id));
        actor.requireHandles(application);
        return application;
    }

    static Call call(CallRepository calls, CallId id) throws RefusedException {
        return calls.find(id).orElseThrow(() -> new RefusedException(IntakeError.CALL_UNKNOWN, "call " + id));
    }
}
