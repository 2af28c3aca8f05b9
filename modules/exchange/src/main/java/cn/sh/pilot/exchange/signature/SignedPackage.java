package cn.sh.pilot.exchange.signature;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.List;

/** What {@link PackageSigner} wrote: the package, the signed entries, the signer and the signing time. */
public record SignedPackage(Path path, List<String> signedEntries, X509Certificate signer, OffsetDateTime signingTime) {

    public SignedPackage {
        signedEntries = List.copyOf(signedEntries);
    }
}
