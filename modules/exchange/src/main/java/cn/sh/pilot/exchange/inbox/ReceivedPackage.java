package cn.sh.pilot.exchange.inbox;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import cn.sh.pilot.contracts.marshal.ByteSource;
import cn.sh.pilot.contracts.schema.ContractDocument;
import cn.sh.pilot.exchange.container.PackageFormat;

/**
 * A verified, schema-valid package as a handler sees it. The bytes are the stored, read-only
 * copy; {@link #payload()} can be read any number of times (the streaming batch reader reads it twice).
 *
 * @param sha256      the package's identity
 * @param file        the stored package (read-only)
 * @param account     the account it arrived from, equal to the signer's registered code
 * @param sender      the claimed and verified sender ({@code Sender/Code})
 * @param signer      the signer's certificate
 * @param signingTime the signing time asserted in the signature
 * @param document    the payload's kind
 * @param payloadName the payload's entry name, e.g. {@code batch.xml}
 */
public record ReceivedPackage(String sha256, Path file, String account, String sender, X509Certificate signer,
                              OffsetDateTime signingTime, ContractDocument document, String payloadName) {

    /** The payload's bytes. */
    public ByteSource payload() {
        return entry(payloadName);
    }

    /** Names of the attachments ({@code attachments/…}), in package order. */
    public List<String> attachments() throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return Collections.list(zip.entries()).stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith(PackageFormat.ATTACHMENTS) && !n.endsWith("/")).toList();
        }
    }

    /** One entry's bytes, e.g. an attachment. */
    public ByteSource entry(String name) {
        return () -> {
            ZipFile zip = new ZipFile(file.toFile());
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                zip.close();
                throw new NoSuchFileException(file + "!" + name);
            }
            return new FilterInputStream(zip.getInputStream(entry)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        zip.close();
                    }
                }
            };
        };
    }

    /** Opens the payload once. */
    InputStream openPayload() throws IOException {
        return payload().open();
    }
}
