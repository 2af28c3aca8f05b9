package cn.sh.pilot.app.inbox.infrastructure;

import cn.sh.pilot.app.application.ChangeRefusedException;
import cn.sh.pilot.app.domain.recommender.RecommenderRepository;
import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.exchange.trust.Fingerprint;
import cn.sh.pilot.exchange.trust.Pem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an administrator does to the municipal inbox's trust: a recommender's SFTP account (its SSH
 * public keys) and its signing certificates, revocation with a reason, trusted authorities. The
 * console page and the REST resource both come through here, so the same input gets the same
 * refusal ({@link ChangeRefusedException} with an id whose Chinese and English texts are
 * {@code error.<id>} in the console's bundle) and every change lands in the audit trail once.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class TrustAdministration {

    /** The municipal bureau's own code: its certificate may be registered (receipts), it has no SFTP account. */
    private static final String MUNICIPAL = "310000";

    @Inject
    JdbcTrustStore trust;
    @Inject
    JdbcSftpAccounts accounts;
    @Inject
    RecommenderRepository recommenders;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** An SSH key's registration: its fingerprint, and whether it is new. */
    public record KeyRegistration(String code, String fingerprint, boolean added) {
    }

    public KeyRegistration registerSshKey(String code, String keyLine) {
        requireRecommender(code, false);
        String line = keyLine == null ? "" : keyLine.strip();
        try {
            String fingerprint = JdbcSftpAccounts.fingerprintOf(line);
            boolean added = accounts.register(code, line);
            if (added) {
                audit.record("sftp.key.registered", "sftp_account", code, null, Map.of("fingerprint", fingerprint));
            }
            return new KeyRegistration(code, fingerprint, added);
        } catch (JdbcSftpAccounts.InvalidKeyException e) {
            throw new ChangeRefusedException("ssh-key-invalid");
        }
    }

    public void removeSshKey(String code, String fingerprint) {
        if (!accounts.remove(code, fingerprint)) {
            throw new ChangeRefusedException("ssh-key-not-found");
        }
        audit.record("sftp.key.removed", "sftp_account", code, Map.of("fingerprint", fingerprint), null);
    }

    /** Registers every certificate of the PEM text for {@code code}; returns the fingerprints that are new. */
    public List<String> registerCertificates(String code, String pem) {
        requireRecommender(code, true);
        List<String> added = new ArrayList<>();
        for (X509Certificate c : parse(pem)) {
            if (trust.register(code, c)) {
                String fp = Fingerprint.of(c);
                added.add(fp);
                audit.record("trust.certificate.registered", "signer_certificate", fp, null,
                        Map.of("code", code, "subject", c.getSubjectX500Principal().getName(),
                                "notAfter", c.getNotAfter().toInstant().toString()));
            }
        }
        return added;
    }

    /** Revokes a certificate from now on: packages signed later are refused ({@code signer-revoked}). */
    public Instant revoke(String fingerprint, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ChangeRefusedException("revocation-reason-missing");
        }
        Instant at = clock.instant();
        if (!trust.revoke(fingerprint, at, reason.strip())) {
            throw new ChangeRefusedException("certificate-not-revocable");
        }
        audit.record("trust.certificate.revoked", "signer_certificate", fingerprint, null,
                Map.of("revokedAt", at.toString(), "reason", reason.strip()));
        return at;
    }

    public List<String> addAuthorities(String pem) {
        List<String> added = new ArrayList<>();
        for (X509Certificate c : parse(pem)) {
            if (trust.addAuthority(c)) {
                String fp = Fingerprint.of(c);
                added.add(fp);
                audit.record("trust.authority.added", "trust_authority", fp, null,
                        Map.of("subject", c.getSubjectX500Principal().getName()));
            }
        }
        return added;
    }

    public List<JdbcSftpAccounts.SshKey> sshKeys(String code) {
        return accounts.keys(code);
    }

    public List<JdbcTrustStore.SignerCertificate> certificates(String code) {
        return trust.signers(code);
    }

    private void requireRecommender(String code, boolean municipalAllowed) {
        if (code == null || code.isBlank()) {
            throw new ChangeRefusedException("no-such-recommender");
        }
        if (MUNICIPAL.equals(code)) {
            if (municipalAllowed) {
                return;
            }
            throw new ChangeRefusedException("municipal-has-no-sftp-account");
        }
        if (recommenders.byCode(code).isEmpty()) {
            throw new ChangeRefusedException("no-such-recommender");
        }
    }

    private static List<X509Certificate> parse(String pem) {
        try {
            List<X509Certificate> list = Pem.parseCertificates(pem == null ? new byte[0] : pem.getBytes(StandardCharsets.US_ASCII));
            if (list.isEmpty()) {
                throw new ChangeRefusedException("certificate-pem-invalid");
            }
            return list;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ChangeRefusedException refused) {
                throw refused;
            }
            throw new ChangeRefusedException("certificate-pem-invalid");
        }
    }
}
