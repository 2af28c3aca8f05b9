package cn.sh.pilot.app.infrastructure.archive;

import cn.sh.pilot.archive.api.PackageEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The entries of a stored exchange package (an ASiC-E ZIP) for its archival record: the payload document (the XML
 * at the root) first, then the attachments, each with its SHA-256 and size; the container's own files
 * ({@code mimetype}, {@code META-INF/}) are the signature's, not entries. An original that is missing lists none:
 * the export then refuses it as {@code original-missing}.
 */
final class ZipEntries {

    private ZipEntries() {
    }

    static List<PackageEntry> read(Path original) {
        if (!Files.isRegularFile(original)) {
            return List.of();
        }
        List<PackageEntry> payloads = new ArrayList<>();
        List<PackageEntry> attachments = new ArrayList<>();
        try (ZipFile zip = new ZipFile(original.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                String name = e.getName();
                if (e.isDirectory() || name.equals("mimetype") || name.startsWith("META-INF/")) {
                    continue;
                }
                boolean payload = !name.contains("/") && name.toLowerCase(Locale.ROOT).endsWith(".xml");
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size;
                try (InputStream in = new DigestInputStream(zip.getInputStream(e), sha)) {
                    size = in.transferTo(OutputStream.nullOutputStream());
                }
                PackageEntry entry = new PackageEntry(name, payload, HexFormat.of().formatHex(sha.digest()), size,
                        mediaType(name));
                (payload ? payloads : attachments).add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stored package " + original + " not readable: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        payloads.addAll(attachments);
        return payloads;
    }

    private static String mediaType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xml")) {
            return "application/xml";
        }
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return n.endsWith(".png") ? "image/png" : null;
    }
}
