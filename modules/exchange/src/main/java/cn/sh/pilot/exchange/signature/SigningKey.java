package cn.sh.pilot.exchange.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Objects;

/** A private key and the certificate that goes into the signature's KeyInfo. */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

    public SigningKey {
        Objects.requireNonNull(privateKey);
        Objects.requireNonNull(certificate);
    }

    /** The first key entry of a PKCS#12 keystore (the demo keystores hold exactly one, alias = code). */
    public static SigningKey fromPkcs12(Path file, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, password);
                    if (key instanceof PrivateKey pk && store.getCertificate(alias) instanceof X509Certificate cert) {
                        return new SigningKey(pk, cert);
                    }
                }
            }
            throw new IOException("no private key with an X.509 certificate in " + file);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot open keystore " + file + " (wrong password?): " + e.getMessage(), e);
        }
    }
}
