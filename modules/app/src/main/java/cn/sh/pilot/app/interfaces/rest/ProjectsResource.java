package cn.sh.pilot.app.interfaces.rest;

import cn.sh.pilot.app.application.CurrentUser;
import cn.sh.pilot.app.application.ProjectDesk;
import cn.sh.pilot.app.domain.security.Role;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ApprovedProject;
import cn.sh.pilot.projects.application.ProjectService;
import cn.sh.pilot.projects.domain.project.Project;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Projects on the municipal site: {@code POST /api/projects} records a project approved outside this system (the
 * 2023 call was approved on paper; the same approval again changes nothing), {@code GET /api/projects/clock} the three
 * clock lists, {@code GET /api/projects/{number}} one project's state and term. Municipal operators and
 * administrators; session-authenticated with the session's CSRF token on POST.
 */
@Path("/projects")
@RequestScoped
@Tag(name = "projects", description = "试点项目 / pilot projects (municipal site)")
public class ProjectsResource {

    /** The approval as the body names it (JSON). */
    public static class Approval {
        public String projectNumber;
        public String projectName;
        public String guarantorCode;
        public String applicantName;
        public String applicantUscc;
        public String projectType;
        public String directionGroup;
        public String direction;
        public String termStart;
        public String termEnd;
    }

    @Inject
    ProjectDesk desk;
    @Inject
    CurrentUser user;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records an approved project; 201 with its number and state, 200 when it existed, 422 with the error id when refused")
    public Response record(String body) {
        if (!user.has(Role.MUNICIPAL_OPERATOR) && !user.has(Role.ADMIN)) {
            return Response.status(Response.Status.FORBIDDEN).build();
        }
        try {
            Approval a;
            try (var jsonb = JsonbBuilder.create()) {
                a = jsonb.fromJson(body, Approval.class);
            }
            LocalDate start = LocalDate.parse(a.termStart);
            boolean opened = desk.open(new ApprovedProject(a.projectNumber, a.projectName, a.guarantorCode,
                    a.applicantName, a.applicantUscc, a.projectType, a.directionGroup, a.direction, start,
                    LocalDate.parse(a.termEnd), start.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                    user.username()));
            Project p = desk.get(a.projectNumber);
            return Response.status(opened ? Response.Status.CREATED : Response.Status.OK).entity(json(p)).build();
        } catch (RefusedException e) {
            return refused(e);
        } catch (Exception e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "request-malformed", "detail", String.valueOf(e.getMessage()))).build();
        }
    }

    @GET
    @Path("/clock")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The clock lists on today's business date: ending within 90 days, overdue, extended")
    public Map<String, Object> clock() {
        ProjectService.ClockLists lists = desk.clockLists();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("today", lists.today().toString());
        body.put("endingSoon", numbers(lists.endingSoon()));
        body.put("overdue", numbers(lists.overdue()));
        body.put("extended", numbers(lists.extended()));
        return body;
    }

    @GET
    @Path("/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One project's state and term")
    public Response one(@PathParam("number") String number) {
        try {
            return Response.ok(json(desk.get(number))).build();
        } catch (RefusedException e) {
            return refused(e);
        }
    }

    private static List<String> numbers(List<Project> projects) {
        return projects.stream().map(p -> p.number().value()).toList();
    }

    private static Map<String, Object> json(Project p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", p.number().value());
        body.put("state", p.state().name());
        body.put("guarantor", p.guarantor().value());
        body.put("termStart", p.term().start().toString());
        body.put("termEnd", p.term().end().toString());
        body.put("approvedTermEnd", p.approvedTerm().end().toString());
        return body;
    }

    private static Response refused(RefusedException e) {
        return RefusalJson.of(e);
    }
}
