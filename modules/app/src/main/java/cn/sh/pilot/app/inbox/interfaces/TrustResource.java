package cn.sh.pilot.app.inbox.interfaces;

import cn.sh.pilot.app.application.ChangeRefusedException;
import cn.sh.pilot.app.inbox.infrastructure.JdbcSftpAccounts;
import cn.sh.pilot.app.inbox.infrastructure.JdbcTrustStore;
import cn.sh.pilot.app.inbox.infrastructure.TrustAdministration;
import cn.sh.pilot.app.interfaces.rest.RefusalJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The administrator's trust store and SFTP accounts over REST (the console page is
 * {@code /admin/trust.xhtml}): a recommender's SSH public keys and signing certificates (PEM),
 * revocation, trusted authorities. Both go through {@link TrustAdministration}. ADMIN only; a
 * refusal is 400 with its id and Chinese and English texts.
 */
@Path("/admin/trust")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "trust", description = "信任库与 SFTP 账户 / trust store and SFTP accounts (administrator)")
public class TrustResource {

    @Inject
    TrustAdministration administration;
    @Context
    SecurityContext security;

    @POST
    @Path("/recommenders/{code}/ssh-keys")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Registers an SSH public key (one OpenSSH line) for the recommender's SFTP account")
    public Response addSshKey(@PathParam("code") String code, String keyLine) {
        requireAdmin();
        TrustAdministration.KeyRegistration r = refusable(() -> administration.registerSshKey(code, keyLine));
        return Response.status(r.added() ? 201 : 200)
                .entity(Map.of("code", code, "fingerprint", r.fingerprint(), "added", r.added())).build();
    }

    @GET
    @Path("/recommenders/{code}/ssh-keys")
    public List<JdbcSftpAccounts.SshKey> sshKeys(@PathParam("code") String code) {
        requireAdmin();
        return administration.sshKeys(code);
    }

    @POST
    @Path("/recommenders/{code}/certificates")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Registers signing certificates (PEM) for the recommender")
    public Response addCertificates(@PathParam("code") String code, String pem) {
        requireAdmin();
        List<String> added = refusable(() -> administration.registerCertificates(code, pem));
        return Response.status(added.isEmpty() ? 200 : 201).entity(Map.of("code", code, "added", added)).build();
    }

    @GET
    @Path("/certificates")
    public List<JdbcTrustStore.SignerCertificate> certificates(@QueryParam("code") String code) {
        requireAdmin();
        return administration.certificates(code == null || code.isBlank() ? null : code);
    }

    @POST
    @Path("/certificates/{fingerprint}/revocation")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Revokes a registered certificate from now; the body is the reason")
    public Map<String, Object> revoke(@PathParam("fingerprint") String fingerprint, String reason) {
        requireAdmin();
        Instant at = refusable(() -> administration.revoke(fingerprint, reason));
        return Map.of("fingerprint", fingerprint, "revokedAt", at.toString());
    }

    @POST
    @Path("/authorities")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Adds trusted certificate authorities (PEM)")
    public Response addAuthorities(String pem) {
        requireAdmin();
        List<String> added = refusable(() -> administration.addAuthorities(pem));
        return Response.status(added.isEmpty() ? 200 : 201).entity(Map.of("added", added)).build();
    }

    private static <T> T refusable(Supplier<T> change) {
        try {
            return change.get();
        } catch (ChangeRefusedException e) {
            throw new WebApplicationException(RefusalJson.of(Response.Status.BAD_REQUEST, e));
        }
    }

    private void requireAdmin() {
        if (!security.isUserInRole("ADMIN")) {
            throw new ForbiddenException();
        }
    }
}
