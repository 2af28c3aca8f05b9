package cn.sh.pilot.app.interfaces.rest;

import cn.sh.pilot.app.application.CurrentUser;
import cn.sh.pilot.app.domain.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "account")
public class MeResource {

    public record Me(String username, List<String> roles, String recommenderCode) {
    }

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "The calling account: user name, roles, bound recommender")
    public Me me() {
        return new Me(currentUser.username(), currentUser.roles().stream().map(Role::name).toList(), currentUser.recommenderCode());
    }
}
