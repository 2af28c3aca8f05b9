package cn.sh.pilot.app.interfaces.rest;

import cn.sh.pilot.contracts.error.RefusedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** A refusal as the API answers it: 422 with the error id, the Chinese and English text and the detail. */
final class RefusalJson {

    private RefusalJson() {
    }

    static Response of(RefusedException e) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", e.id());
        body.put("zh", e.error().zh());
        body.put("en", e.error().en());
        body.put("detail", e.detail() == null ? "" : e.detail());
        return Response.status(422).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
