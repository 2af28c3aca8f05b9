package cn.sh.pilot.app.interfaces.rest;

import cn.sh.pilot.app.application.ChangeRefusedException;
import cn.sh.pilot.app.application.IntakeDesk;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.Map;

/**
 * For systems that feed applications to a recommender site: {@code POST /api/applications} with an application
 * document ({@code urn:cn:sh:pilot:application:v1}) as the body. It is schema-checked and stored as a draft of this
 * site's recommender (the same application id again revises the draft). Session-authenticated, with the session's
 * CSRF token in {@code X-CSRF-Token}, like every API change.
 */
@Path("/applications")
@RequestScoped
@Tag(name = "applications", description = "申请 / applications (recommender site)")
public class ApplicationsResource {

    @Inject
    IntakeDesk desk;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Takes an application document; 201 with its id and state, 422 with the error id, Chinese and English text and the place (line, column, path) when refused")
    public Response take(InputStream document) {
        try {
            Application a = desk.importXml(document);
            return Response.status(Response.Status.CREATED)
                    .entity(Map.of("id", a.id().toString(), "state", a.state().name(), "recommender", a.recommenderCode()))
                    .build();
        } catch (RefusedException e) {
            return RefusalJson.of(e);
        } catch (ChangeRefusedException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", e.reason())).build();
        }
    }
}
