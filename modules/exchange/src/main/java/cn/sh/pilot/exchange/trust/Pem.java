package cn.sh.pilot.exchange.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads and writes X.509 certificates as PEM text. */
public final class Pem {

    private Pem() {
    }

    /** Every certificate in a PEM (or DER) file. */
    public static List<X509Certificate> readCertificates(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    /** Every certificate in PEM (or DER) bytes. */
    public static List<X509Certificate> parseCertificates(byte[] bytes) throws IOException {
        return parse(new ByteArrayInputStream(bytes), "certificate bytes");
    }

    /** One certificate as PEM text. */
    public static String write(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<X509Certificate> parse(InputStream in, String what) throws IOException {
        try {
            List<X509Certificate> out = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IOException("no certificate in " + what);
            }
            return out;
        } catch (CertificateException e) {
            throw new IOException("unreadable certificate in " + what + ": " + e.getMessage(), e);
        }
    }
}
