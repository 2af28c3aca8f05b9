package cn.sh.pilot.app.inbox.interfaces;

import cn.sh.pilot.app.inbox.infrastructure.InboxRuntime;
import cn.sh.pilot.app.inbox.infrastructure.JdbcInboxQueries;
import cn.sh.pilot.app.inbox.infrastructure.JdbcPackageLedger;
import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.exchange.inbox.Arrival;
import cn.sh.pilot.exchange.inbox.InboxCheck;
import cn.sh.pilot.exchange.inbox.PackageRecord;
import cn.sh.pilot.exchange.inbox.PackageState;
import cn.sh.pilot.exchange.receipt.ItemResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The municipal inbox over REST: a package's status by tracking number (its SHA-256), the list,
 * and an operator's re-run of a refused package. MUNICIPAL_OPERATOR and ADMIN.
 */
@Path("/inbox")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "inbox", description = "市局收件箱 / municipal inbox")
public class InboxResource {

    @Inject
    JdbcPackageLedger ledger;
    @Inject
    JdbcInboxQueries queries;
    @Inject
    InboxRuntime runtime;
    @Inject
    AuditTrail audit;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Packages, newest first; filters by state and sender")
    public List<JdbcInboxQueries.PackageLine> list(@QueryParam("state") String state, @QueryParam("sender") String sender,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        requireOperator();
        return queries.page(blank(state), blank(sender), Math.max(0, first), Math.min(Math.max(1, size), 500));
    }

    @GET
    @Path("/{sha256}")
    @Operation(summary = "A package's status by tracking number (the package's SHA-256): state, verdict, checks, items")
    public Map<String, Object> status(@PathParam("sha256") String sha256) {
        requireOperator();
        PackageRecord p = ledger.find(sha256.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("no package " + sha256));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sha256", p.sha256());
        out.put("state", p.state().name());
        out.put("sender", p.account());
        out.put("channel", p.channel().name());
        out.put("size", p.size());
        out.put("receivedAt", p.firstReceivedAt().toString());
        List<Arrival> arrivals = ledger.arrivals(p.sha256());
        out.put("arrivals", arrivals.size());
        out.put("receipts", arrivals.stream().filter(a -> a.receiptName() != null).map(Arrival::receiptName).toList());
        if (p.judgement() != null) {
            var j = p.judgement();
            out.put("verdict", j.verdict().name());
            out.put("batchId", j.batchId());
            out.put("decidedAt", j.decidedAt().toString());
            out.put("reasons", j.reasons().stream().map(r -> Map.of("code", r.code(), "zh", r.zh(), "en", r.en())).toList());
            out.put("checks", j.checks().stream().map(InboxResource::check).toList());
            out.put("itemsAccepted", j.items().stream().filter(ItemResult::accepted).count());
            out.put("itemsRefused", j.items().stream().filter(i -> !i.accepted()).count());
            out.put("refusedItems", j.items().stream().filter(i -> !i.accepted()).limit(100)
                    .map(i -> Map.of("itemId", i.itemId(), "reasons", i.reasons().stream().map(r -> r.code()).toList()))
                    .toList());
            if (j.batchId() != null && p.state() == PackageState.IMPORTED) {
                out.put("importedRows", queries.importedItems(j.batchId()));
            }
        }
        return out;
    }

    @GET
    @Path("/batches/{batchId}/items")
    @Operation(summary = "How many review items a batch id has in the database")
    public Map<String, Object> batchItems(@PathParam("batchId") String batchId) {
        requireOperator();
        return Map.of("batchId", batchId, "items", queries.importedItems(batchId));
    }

    @POST
    @Path("/{sha256}/rerun")
    @Operation(summary = "Judges a refused package again (after a trust-store fix); a new receipt follows")
    public Map<String, Object> rerun(@PathParam("sha256") String sha256) throws Exception {
        requireOperator();
        PackageRecord before = ledger.find(sha256).orElseThrow(() -> new NotFoundException("no package " + sha256));
        if (before.state() != PackageState.REFUSED) {
            throw new WebApplicationException(Response.status(409).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "inbox-rerun-not-refused", "state", before.state().name())).build());
        }
        var pipeline = runtime.pipeline().orElseThrow(() -> new NotFoundException("no inbox on this site"));
        audit.record("inbox.package.rerun", "inbox_package", sha256, Map.of("state", before.state().name()), null);
        pipeline.rerun(sha256);
        return status(sha256);
    }

    private static Map<String, Object> check(InboxCheck c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("passed", c.passed());
        m.put("title", c.title().bilingual());
        if (c.subject() != null) {
            m.put("subject", c.subject());
        }
        if (c.finding() != null) {
            m.put("finding", c.finding().bilingual());
        }
        if (c.errorId() != null) {
            m.put("errorId", c.errorId());
        }
        return m;
    }

    private void requireOperator() {
        if (!security.isUserInRole("MUNICIPAL_OPERATOR") && !security.isUserInRole("ADMIN")) {
            throw new ForbiddenException();
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
