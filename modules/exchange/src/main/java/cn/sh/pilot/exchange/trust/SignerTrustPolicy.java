package cn.sh.pilot.exchange.trust;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.PackageError;
import cn.sh.pilot.exchange.Words;

/**
 * Decides whether a signer certificate may sign for the sender a payload claims, at the time it
 * says it signed. Each step is one method, so a report can list them one by one; each returns
 * what it found in plain words or refuses with its error id. Offline by construction: PKIX runs
 * with revocation checking off (revocations come from the trust store) and nothing is fetched.
 */
public final class SignerTrustPolicy {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final TrustStore trust;

    public SignerTrustPolicy(TrustStore trust) {
        this.trust = Objects.requireNonNull(trust);
    }

    /** The certificate is signed by one of the trusted authorities. */
    public Words issuer(X509Certificate cert) throws RefusedException {
        for (X509Certificate ca : trust.authorities()) {
            if (ca.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
                try {
                    cert.verify(ca.getPublicKey());
                    return Words.of("由受信任机构签发：" + ca.getSubjectX500Principal().getName(),
                            "issued by trusted authority " + ca.getSubjectX500Principal().getName());
                } catch (GeneralSecurityException e) {
                    // same name, other key: keep looking, then refuse
                }
            }
        }
        throw new RefusedException(PackageError.CERTIFICATE_UNTRUSTED_ISSUER,
                "issuer " + cert.getIssuerX500Principal().getName());
    }

    /** The certificate was within its validity period at the signing time. */
    public Words validity(X509Certificate cert, Instant signingTime) throws RefusedException {
        try {
            cert.checkValidity(Date.from(signingTime));
            return Words.of("签名时证书有效（" + day(cert.getNotBefore()) + " 至 " + day(cert.getNotAfter()) + "）",
                    "valid at signing time (" + day(cert.getNotBefore()) + " to " + day(cert.getNotAfter()) + ")");
        } catch (CertificateExpiredException e) {
            throw new RefusedException(PackageError.CERTIFICATE_EXPIRED, "expired " + day(cert.getNotAfter()));
        } catch (CertificateNotYetValidException e) {
            throw new RefusedException(PackageError.CERTIFICATE_NOT_YET_VALID, "valid from " + day(cert.getNotBefore()));
        }
    }

    /** The path to the trusted authority validates (PKIX: authority's validity and constraints) at the signing time. */
    public Words path(X509Certificate cert, Instant signingTime) throws RefusedException {
        try {
            Set<TrustAnchor> anchors = new java.util.HashSet<>();
            for (X509Certificate ca : trust.authorities()) {
                anchors.add(new TrustAnchor(ca, null));
            }
            PKIXParameters params = new PKIXParameters(anchors);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(signingTime));
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(List.of(cert)), params);
            return Words.of("证书路径校验通过（PKIX）", "certificate path validates (PKIX)");
        } catch (GeneralSecurityException e) {
            throw new RefusedException(PackageError.CERTIFICATE_UNTRUSTED_ISSUER, "PKIX: " + e.getMessage(), e);
        }
    }

    /** The certificate allows digital signatures (key usage, when present). */
    public Words usage(X509Certificate cert) throws RefusedException {
        boolean[] usage = cert.getKeyUsage();
        if (usage != null && !(usage[0] || usage[1])) {
            throw new RefusedException(PackageError.CERTIFICATE_WRONG_USAGE, "key usage lacks digitalSignature");
        }
        if (cert.getBasicConstraints() >= 0) {
            throw new RefusedException(PackageError.CERTIFICATE_WRONG_USAGE, "a CA certificate cannot sign packages");
        }
        return Words.of("证书允许数字签名", "certificate allows digital signatures");
    }

    /** The certificate was not revoked before the signing time. */
    public Words revocation(X509Certificate cert, Instant signingTime) throws RefusedException {
        Optional<Revocation> revocation = trust.revocationOf(cert);
        if (revocation.isEmpty()) {
            return Words.of("未被吊销", "not revoked");
        }
        Revocation r = revocation.get();
        if (!r.revokedAt().toInstant().isAfter(signingTime)) {
            throw new RefusedException(PackageError.CERTIFICATE_REVOKED, "revoked " + r.revokedAt() + " (" + r.reason() + ")");
        }
        return Words.of("已于签名之后（" + r.revokedAt() + "）吊销，签名时仍有效",
                "revoked after signing (" + r.revokedAt() + "), good at signing time");
    }

    /** The codes the certificate is registered for; refuses an unregistered one. */
    public Set<String> registration(X509Certificate cert) throws RefusedException {
        Set<String> codes = trust.registrationsOf(cert);
        if (codes.isEmpty()) {
            throw new RefusedException(PackageError.CERTIFICATE_NOT_REGISTERED, cert.getSubjectX500Principal().getName());
        }
        return codes;
    }

    /** The payload's claimed sender is one the certificate is registered for. */
    public Words sender(Set<String> registeredCodes, String claimedSender) throws RefusedException {
        if (!registeredCodes.contains(claimedSender)) {
            throw new RefusedException(PackageError.SIGNER_NOT_CLAIMED_SENDER,
                    "payload claims " + claimedSender + ", certificate is registered to " + String.join(", ", registeredCodes));
        }
        return Words.of("签名者即报文声明的发送方 " + claimedSender, "signer is the claimed sender " + claimedSender);
    }

    private static String day(Date date) {
        return date.toInstant().atZone(SHANGHAI).toLocalDate().toString();
    }
}
