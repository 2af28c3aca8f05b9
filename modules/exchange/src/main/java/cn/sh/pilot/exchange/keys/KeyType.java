package cn.sh.pilot.exchange.keys;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/** The key kinds the pilot issues: RSA-3072 by default, ECDSA on P-256 on request. */
public enum KeyType {
    RSA_3072("RSA", 3072, "SHA256withRSA"),
    EC_P256("EC", 256, "SHA256withECDSA");

    private final String algorithm;
    private final int bits;
    private final String certificateSignature;

    KeyType(String algorithm, int bits, String certificateSignature) {
        this.algorithm = algorithm;
        this.bits = bits;
        this.certificateSignature = certificateSignature;
    }

    public KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
            if (this == EC_P256) {
                g.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                g.initialize(bits);
            }
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate " + this, e);
        }
    }

    /** The JCA name of the signature an authority with this key type puts on certificates. */
    public String certificateSignature() {
        return certificateSignature;
    }

    /** The type of an existing key pair's algorithm. */
    public static String certificateSignatureFor(KeyPair issuer) {
        return "EC".equals(issuer.getPublic().getAlgorithm()) ? EC_P256.certificateSignature : RSA_3072.certificateSignature;
    }
}
