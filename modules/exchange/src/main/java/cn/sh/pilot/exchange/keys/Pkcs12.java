package cn.sh.pilot.exchange.keys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/** Writes a PKCS#12 keystore holding one private key and its certificate (the JDK's PBES2/AES defaults). */
public final class Pkcs12 {

    private Pkcs12() {
    }

    public static void write(Path file, String alias, PrivateKey key, X509Certificate certificate, char[] password)
            throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, key, password, new Certificate[] {certificate});
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write keystore " + file, e);
        }
    }
}
