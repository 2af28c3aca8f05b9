package cn.sh.pilot.exchange.signature;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Optional;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.PackageError;

/** The two accepted signature methods, both over SHA-256. */
public enum SignatureAlgorithm {
    RSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "RSA"),
    ECDSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "EC");

    private final String uri;
    private final String keyAlgorithm;

    SignatureAlgorithm(String uri, String keyAlgorithm) {
        this.uri = uri;
        this.keyAlgorithm = keyAlgorithm;
    }

    /** The XML Signature algorithm URI. */
    public String uri() {
        return uri;
    }

    /** Whether a key of this kind makes signatures of this method. */
    public boolean fits(PublicKey key) {
        return keyAlgorithm.equals(key.getAlgorithm());
    }

    public static Optional<SignatureAlgorithm> byUri(String uri) {
        return Arrays.stream(values()).filter(a -> a.uri.equals(uri)).findFirst();
    }

    /** The method for a signer's key. */
    public static SignatureAlgorithm forKey(PublicKey key) throws RefusedException {
        return Arrays.stream(values()).filter(a -> a.fits(key)).findFirst()
                .orElseThrow(() -> new RefusedException(PackageError.WEAK_KEY, key.getAlgorithm() + " keys are not accepted"));
    }
}
