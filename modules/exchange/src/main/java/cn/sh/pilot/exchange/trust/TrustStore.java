package cn.sh.pilot.exchange.trust;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may sign packages: the trusted certificate authorities, the signing certificates
 * registered to each recommender (a district's GB/T 2260 code or a department code) and to the
 * municipal site ({@link #MUNICIPAL_CODE}), and revocations with their date and reason.
 *
 * <p>Implementations load everything up front or from their own store; verifying a package never
 * makes a trust store read a file or open a connection. {@link FolderTrustStore} reads a folder;
 * the application provides a database-backed one.
 */
public interface TrustStore {

    /** The municipal bureau's own code (上海市市场监督管理局). */
    String MUNICIPAL_CODE = "310000";

    /** The certificate authorities whose signer certificates are trusted. */
    List<X509Certificate> authorities();

    /** The codes this exact certificate is registered to sign for; empty if it is not registered. */
    Set<String> registrationsOf(X509Certificate certificate);

    /** The certificates registered for a code, oldest first. */
    List<X509Certificate> certificatesOf(String code);

    /** The revocation of this exact certificate, if it was revoked. */
    Optional<Revocation> revocationOf(X509Certificate certificate);
}
