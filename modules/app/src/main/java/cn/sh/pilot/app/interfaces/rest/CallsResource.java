package cn.sh.pilot.app.interfaces.rest;

import cn.sh.pilot.app.application.CallCatalogue;
import cn.sh.pilot.app.application.CallView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/calls")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "calls", description = "征集通知 / calls for pilot applications")
public class CallsResource {

    @Inject
    CallCatalogue catalogue;

    @GET
    @Operation(summary = "All calls, newest first, with project types, domain contacts and key directions")
    public List<CallView> all() {
        return catalogue.all();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One call by id (its year, e.g. 2023)")
    public CallView one(@PathParam("id") String id) {
        return catalogue.byId(id).orElseThrow(NotFoundException::new);
    }
}
