package cn.sh.pilot.app.interfaces.rest;

import cn.sh.pilot.app.application.RecommenderAdministration;
import cn.sh.pilot.app.domain.recommender.RecommenderRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/recommenders")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "recommenders", description = "推荐单位 / recommenders (district bureaus, industry departments)")
public class RecommendersResource {

    @Inject
    RecommenderAdministration recommenders;

    @GET
    @Operation(summary = "The recommenders the caller may see (a recommender operator: only its own), by code")
    public List<RecommenderJson> all() {
        return recommenders.page(null, RecommenderRepository.SortKey.CODE, true, 0, 10_000).stream().map(RecommenderJson::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One recommender's profile; 403 if the caller may not see it")
    public RecommenderJson one(@PathParam("code") String code) {
        return RecommenderJson.of(recommenders.profile(code));
    }
}
