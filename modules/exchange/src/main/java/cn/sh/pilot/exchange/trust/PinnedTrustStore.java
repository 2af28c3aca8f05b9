package cn.sh.pilot.exchange.trust;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A recommender's trust in the municipal site: exactly one pinned signing certificate, registered for
 * {@link TrustStore#MUNICIPAL_CODE}, and the authority (or authorities) that issued it. Read from one PEM file — the
 * municipal signing certificate first, then its issuing CA — as the municipal bureau hands it out. Any other
 * certificate, even one issued by the same authority, is not registered and so refused.
 */
public final class PinnedTrustStore implements TrustStore {

    private final X509Certificate pinned;
    private final List<X509Certificate> authorities;

    public PinnedTrustStore(X509Certificate pinned, List<X509Certificate> authorities) {
        this.pinned = pinned;
        this.authorities = List.copyOf(authorities);
    }

    /** @throws IOException when the file holds fewer than two certificates (the pinned one and its issuer) */
    public static PinnedTrustStore load(Path pem) throws IOException {
        List<X509Certificate> certificates = Pem.readCertificates(pem);
        if (certificates.size() < 2) {
            throw new IOException(pem + ": expected the municipal signing certificate followed by its issuing CA, found "
                    + certificates.size() + " certificate(s)");
        }
        return new PinnedTrustStore(certificates.get(0), certificates.subList(1, certificates.size()));
    }

    public X509Certificate pinned() {
        return pinned;
    }

    @Override
    public List<X509Certificate> authorities() {
        return authorities;
    }

    @Override
    public Set<String> registrationsOf(X509Certificate certificate) {
        return Fingerprint.of(certificate).equals(Fingerprint.of(pinned)) ? Set.of(MUNICIPAL_CODE) : Set.of();
    }

    @Override
    public List<X509Certificate> certificatesOf(String code) {
        return MUNICIPAL_CODE.equals(code) ? List.of(pinned) : List.of();
    }

    @Override
    public Optional<Revocation> revocationOf(X509Certificate certificate) {
        return Optional.empty();
    }
}
