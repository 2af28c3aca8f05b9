package cn.sh.pilot.app.inbox.interfaces;

import cn.sh.pilot.app.application.ChangeRefusedException;
import cn.sh.pilot.app.application.RecommenderAdministration;
import cn.sh.pilot.app.domain.recommender.Recommender;
import cn.sh.pilot.app.inbox.infrastructure.JdbcSftpAccounts.SshKey;
import cn.sh.pilot.app.inbox.infrastructure.JdbcTrustStore.SignerCertificate;
import cn.sh.pilot.app.inbox.infrastructure.TrustAdministration;
import cn.sh.pilot.app.interfaces.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Administration of one recommender's exchange trust ({@code /admin/trust.xhtml?code=}): the SSH
 * public keys of its SFTP account and its signing certificates — register, remove, revoke with a
 * reason — and the trusted certificate authorities. The same service as the REST API.
 */
@Named
@ViewScoped
public class TrustPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrustAdministration administration;
    @Inject
    transient RecommenderAdministration recommenders;

    private String code;
    private String keyLine;
    private String certificatePem;
    private String authorityPem;
    private String revokeFingerprint;
    private String revokeReason;

    public List<Recommender> getRecommenders() {
        return recommenders.usableForOperators();
    }

    public boolean isSelected() {
        return code != null && !code.isBlank();
    }

    public List<SshKey> getSshKeys() {
        return isSelected() ? administration.sshKeys(code) : List.of();
    }

    public List<SignerCertificate> getCertificates() {
        return isSelected() ? administration.certificates(code) : List.of();
    }

    public boolean expired(SignerCertificate c) {
        return c.notAfter() != null && c.notAfter().isBefore(Instant.now());
    }

    public String addKey() {
        return change(() -> administration.registerSshKey(code, keyLine), r -> {
            keyLine = null;
            Texts.info(r.added() ? "trust.key.added" : "trust.key.known", r.fingerprint());
        });
    }

    public String removeKey(String fingerprint) {
        return change(() -> {
            administration.removeSshKey(code, fingerprint);
            return fingerprint;
        }, fp -> Texts.info("trust.key.removed", fp));
    }

    public String addCertificate() {
        return change(() -> administration.registerCertificates(code, certificatePem), added -> {
            certificatePem = null;
            Texts.info(added.isEmpty() ? "trust.certificate.known" : "trust.certificate.added", added.size());
        });
    }

    public String revoke() {
        return change(() -> administration.revoke(revokeFingerprint, revokeReason), at -> {
            Texts.info("trust.certificate.revoked", revokeFingerprint);
            revokeFingerprint = null;
            revokeReason = null;
        });
    }

    public String addAuthority() {
        return change(() -> administration.addAuthorities(authorityPem), added -> {
            authorityPem = null;
            Texts.info(added.isEmpty() ? "trust.authority.known" : "trust.authority.added", added.size());
        });
    }

    private <T> String change(Supplier<T> change, java.util.function.Consumer<T> done) {
        try {
            done.accept(change.get());
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
        }
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getKeyLine() {
        return keyLine;
    }

    public void setKeyLine(String keyLine) {
        this.keyLine = keyLine;
    }

    public String getCertificatePem() {
        return certificatePem;
    }

    public void setCertificatePem(String certificatePem) {
        this.certificatePem = certificatePem;
    }

    public String getAuthorityPem() {
        return authorityPem;
    }

    public void setAuthorityPem(String authorityPem) {
        this.authorityPem = authorityPem;
    }

    public String getRevokeFingerprint() {
        return revokeFingerprint;
    }

    public void setRevokeFingerprint(String revokeFingerprint) {
        this.revokeFingerprint = revokeFingerprint;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }
}
