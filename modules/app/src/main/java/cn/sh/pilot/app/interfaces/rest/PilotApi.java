package cn.sh.pilot.app.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "上海市市级标准化试点管理系统 API / Shanghai municipal standardization pilot system API",
        version = "0.1", description = "Calls for pilots, recommenders and the caller's account. Log in through the console first; "
        + "the session cookie authenticates API calls."))
public class PilotApi extends Application {
}
