package cn.sh.pilot.app.inbox.interfaces;

import cn.sh.pilot.app.inbox.infrastructure.JdbcSftpAccounts;
import cn.sh.pilot.app.inbox.infrastructure.JdbcTrustStore;
import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.exchange.trust.Fingerprint;
import cn.sh.pilot.exchange.trust.Pem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The administrator's trust store and SFTP accounts: a recommender's SSH public keys and signing
 * certificates (PEM), revocation, trusted authorities. Every change is audited. ADMIN only.
 */
@Path("/admin/trust")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Transactional(rollbackOn = Exception.class)
@Tag(name = "trust", description = "信任库与 SFTP 账户 / trust store and SFTP accounts (administrator)")
public class TrustResource {

    @Inject
    JdbcTrustStore trust;
    @Inject
    JdbcSftpAccounts accounts;
    @Inject
    AuditTrail audit;
    @Context
    SecurityContext security;

    @POST
    @Path("/recommenders/{code}/ssh-keys")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Registers an SSH public key (one OpenSSH line) for the recommender's SFTP account")
    public Response addSshKey(@PathParam("code") String code, String keyLine) {
        requireAdmin();
        try {
            boolean added = accounts.register(code, keyLine);
            String fp = JdbcSftpAccounts.fingerprintOf(keyLine);
            if (added) {
                audit.record("sftp.key.registered", "sftp_account", code, null, Map.of("fingerprint", fp));
            }
            return Response.status(added ? 201 : 200).entity(Map.of("code", code, "fingerprint", fp, "added", added)).build();
        } catch (JdbcSftpAccounts.InvalidKeyException e) {
            throw bad("ssh-key-invalid", e.getMessage());
        }
    }

    @GET
    @Path("/recommenders/{code}/ssh-keys")
    public List<JdbcSftpAccounts.SshKey> sshKeys(@PathParam("code") String code) {
        requireAdmin();
        return accounts.keys(code);
    }

    @POST
    @Path("/recommenders/{code}/certificates")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Registers signing certificates (PEM) for the recommender")
    public Response addCertificates(@PathParam("code") String code, String pem) {
        requireAdmin();
        if (!cn.sh.pilot.exchange.transport.RecommenderCode.isValid(code) && !"310000".equals(code)) {
            throw bad("recommender-code-invalid", code);
        }
        List<X509Certificate> certificates = parse(pem);
        List<String> added = new java.util.ArrayList<>();
        for (X509Certificate c : certificates) {
            if (trust.register(code, c)) {
                String fp = Fingerprint.of(c);
                added.add(fp);
                audit.record("trust.certificate.registered", "signer_certificate", fp, null,
                        Map.of("code", code, "subject", c.getSubjectX500Principal().getName(),
                                "notAfter", c.getNotAfter().toInstant().toString()));
            }
        }
        return Response.status(added.isEmpty() ? 200 : 201).entity(Map.of("code", code, "added", added)).build();
    }

    @GET
    @Path("/certificates")
    public List<JdbcTrustStore.SignerCertificate> certificates(@QueryParam("code") String code) {
        requireAdmin();
        return trust.signers(code == null || code.isBlank() ? null : code);
    }

    @POST
    @Path("/certificates/{fingerprint}/revocation")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Revokes a registered certificate from now; the body is the reason")
    public Map<String, Object> revoke(@PathParam("fingerprint") String fingerprint, String reason) {
        requireAdmin();
        if (reason == null || reason.isBlank()) {
            throw bad("revocation-reason-missing", "a revocation needs a reason");
        }
        Instant at = Instant.now();
        if (!trust.revoke(fingerprint, at, reason.strip())) {
            throw new NotFoundException("no unrevoked certificate " + fingerprint);
        }
        audit.record("trust.certificate.revoked", "signer_certificate", fingerprint, null,
                Map.of("revokedAt", at.toString(), "reason", reason.strip()));
        return Map.of("fingerprint", fingerprint, "revokedAt", at.toString());
    }

    @POST
    @Path("/authorities")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Adds trusted certificate authorities (PEM)")
    public Response addAuthorities(String pem) {
        requireAdmin();
        List<String> added = new java.util.ArrayList<>();
        for (X509Certificate c : parse(pem)) {
            if (trust.addAuthority(c)) {
                added.add(Fingerprint.of(c));
                audit.record("trust.authority.added", "trust_authority", Fingerprint.of(c), null,
                        Map.of("subject", c.getSubjectX500Principal().getName()));
            }
        }
        return Response.status(added.isEmpty() ? 200 : 201).entity(Map.of("added", added)).build();
    }

    private static List<X509Certificate> parse(String pem) {
        try {
            List<X509Certificate> list = Pem.parseCertificates(pem == null ? new byte[0] : pem.getBytes(StandardCharsets.US_ASCII));
            if (list.isEmpty()) {
                throw bad("certificate-pem-invalid", "no certificate in the text");
            }
            return list;
        } catch (IOException e) {
            throw bad("certificate-pem-invalid", e.getMessage());
        }
    }

    private void requireAdmin() {
        if (!security.isUserInRole("ADMIN")) {
            throw new ForbiddenException();
        }
    }

    private static WebApplicationException bad(String error, String detail) {
        return new WebApplicationException(Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", error, "detail", detail == null ? "" : detail)).build());
    }
}
