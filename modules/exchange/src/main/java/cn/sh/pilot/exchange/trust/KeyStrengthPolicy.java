package cn.sh.pilot.exchange.trust;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.PackageError;
import cn.sh.pilot.exchange.Words;

/** Accepts RSA keys of at least 2048 bits and EC keys on P-256; refuses everything else. */
public final class KeyStrengthPolicy {

    /** Smallest RSA modulus accepted. */
    public static final int MIN_RSA_BITS = 2048;

    private static final ECParameterSpec P256 = p256();

    private KeyStrengthPolicy() {
    }

    /** Describes an acceptable key, or refuses it with {@code weak-key}. */
    public static Words check(PublicKey key) throws RefusedException {
        if (key instanceof RSAPublicKey rsa) {
            int bits = rsa.getModulus().bitLength();
            if (bits < MIN_RSA_BITS) {
                throw new RefusedException(PackageError.WEAK_KEY, "RSA " + bits + " bits");
            }
            return Words.of("RSA " + bits + " 位", "RSA " + bits + " bits");
        }
        if (key instanceof ECPublicKey ec) {
            if (!isP256(ec.getParams())) {
                throw new RefusedException(PackageError.WEAK_KEY, "EC key not on P-256");
            }
            return Words.of("ECDSA P-256", "ECDSA P-256");
        }
        throw new RefusedException(PackageError.WEAK_KEY, key.getAlgorithm() + " keys are not accepted");
    }

    private static boolean isP256(ECParameterSpec spec) {
        return spec.getCurve().equals(P256.getCurve()) && spec.getGenerator().equals(P256.getGenerator())
                && spec.getOrder().equals(P256.getOrder()) && spec.getCofactor() == P256.getCofactor();
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
            p.init(new ECGenParameterSpec("secp256r1"));
            return p.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks P-256", e);
        }
    }
}
