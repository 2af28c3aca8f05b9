package cn.sh.pilot.app.inbox.infrastructure;

import cn.sh.pilot.exchange.trust.Fingerprint;
import cn.sh.pilot.exchange.trust.Pem;
import cn.sh.pilot.exchange.trust.Revocation;
import cn.sh.pilot.exchange.trust.TrustStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import static cn.sh.pilot.app.inbox.infrastructure.Sql.bind;

/**
 * The trust store in the database ({@code trust_authority}, {@code signer_certificate}): read on every
 * verification, so a registration or revocation takes effect for the next package. Also the
 * administrator's writes (register, revoke, add an authority).
 */
@ApplicationScoped
@Transactional(value = TxType.REQUIRED, rollbackOn = Exception.class)
public class JdbcTrustStore implements TrustStore {

    @Resource(lookup = "java:app/jdbc/pilot")
    DataSource dataSource;

    /** A registered signer certificate, as the console lists it. */
    public record SignerCertificate(String fingerprint, String code, String subject, Instant notBefore, Instant notAfter,
                                    Instant registeredAt, Instant revokedAt, String revokedReason) {
    }

    @Override
    public List<X509Certificate> authorities() {
        return certificates("SELECT pem FROM trust_authority ORDER BY added_at");
    }

    @Override
    public Set<String> registrationsOf(X509Certificate certificate) {
        Set<String> codes = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT code FROM signer_certificate WHERE fingerprint = ? ORDER BY code")) {
            bind(st, Fingerprint.of(certificate));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<X509Certificate> certificatesOf(String code) {
        return certificates("SELECT pem FROM signer_certificate WHERE code = ? ORDER BY registered_at, fingerprint", code);
    }

    @Override
    public Optional<Revocation> revocationOf(X509Certificate certificate) {
        String fp = Fingerprint.of(certificate);
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT revoked_at, revoked_reason FROM signer_certificate"
                     + " WHERE fingerprint = ? AND revoked_at IS NOT NULL ORDER BY revoked_at")) {
            bind(st, fp);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Revocation(fp, rs.getObject(1, OffsetDateTime.class), rs.getString(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a trusted authority; false if it was there already. */
    public boolean addAuthority(X509Certificate authority) {
        String fp = Fingerprint.of(authority);
        return update("INSERT INTO trust_authority (fingerprint, subject, pem, added_at) SELECT ?, ?, ?, ?"
                + " FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM trust_authority WHERE fingerprint = ?)",
                fp, authority.getSubjectX500Principal().getName(), Pem.write(authority), Instant.now(), fp) == 1;
    }

    /** Registers a signing certificate for a code; false if it was registered for that code already. */
    public boolean register(String code, X509Certificate certificate) {
        String fp = Fingerprint.of(certificate);
        return update("INSERT INTO signer_certificate (fingerprint, code, subject, not_before, not_after, pem, registered_at)"
                + " SELECT ?, ?, ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x)"
                + " WHERE NOT EXISTS (SELECT 1 FROM signer_certificate WHERE fingerprint = ? AND code = ?)",
                fp, code, certificate.getSubjectX500Principal().getName(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), Pem.write(certificate), Instant.now(), fp, code) == 1;
    }

    /** Revokes a registered certificate (every registration of it) from {@code at}; false if unknown or revoked already. */
    public boolean revoke(String fingerprint, Instant at, String reason) {
        return update("UPDATE signer_certificate SET revoked_at = ?, revoked_reason = ? WHERE fingerprint = ?"
                + " AND revoked_at IS NULL", at, reason, fingerprint) > 0;
    }

    /** Registered certificates, of one code or all (null). */
    public List<SignerCertificate> signers(String code) {
        List<SignerCertificate> out = new ArrayList<>();
        String sql = "SELECT fingerprint, code, subject, not_before, not_after, registered_at, revoked_at, revoked_reason"
                + " FROM signer_certificate" + (code == null ? "" : " WHERE code = ?") + " ORDER BY code, registered_at";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (code != null) {
                bind(st, code);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new SignerCertificate(rs.getString(1), rs.getString(2), rs.getString(3),
                            Sql.instant(rs, "not_before"), Sql.instant(rs, "not_after"), Sql.instant(rs, "registered_at"),
                            Sql.instant(rs, "revoked_at"), rs.getString(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<X509Certificate> certificates(String sql, Object... values) {
        List<X509Certificate> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, values);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.addAll(Pem.parseCertificates(rs.getString(1).getBytes(StandardCharsets.US_ASCII)));
                }
            }
            return out;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... values) {
        return Sql.update(dataSource, sql, values);
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
