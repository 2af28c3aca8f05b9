package cn.sh.pilot.exchange.container;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the ZIP of a package in the required order: {@code mimetype} first, stored, with no
 * extra field; then entries as the caller adds them, deflated. Used by the builder and the
 * signer; entry names are checked by the caller.
 */
public final class PackageWriter implements Closeable {

    private final ZipOutputStream zip;
    private final long time;

    /** Opens {@code target} and writes the {@code mimetype} entry. */
    public PackageWriter(Path target, Instant entryTime) throws IOException {
        this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 64 * 1024),
                StandardCharsets.UTF_8);
        this.time = entryTime.toEpochMilli();
        byte[] mimetype = PackageFormat.MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        ZipEntry entry = new ZipEntry(PackageFormat.MIMETYPE_ENTRY);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(mimetype.length);
        entry.setCompressedSize(mimetype.length);
        entry.setCrc(crc.getValue());
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(mimetype);
        zip.closeEntry();
    }

    /** Starts a deflated entry; write its bytes to the returned stream and close it to end the entry. */
    public OutputStream entry(String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTime(time);
        zip.putNextEntry(entry);
        return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                zip.closeEntry();
            }
        };
    }

    /** Adds a whole entry from a stream. */
    public void entry(String name, InputStream content) throws IOException {
        try (OutputStream out = entry(name)) {
            content.transferTo(out);
        }
    }

    /** Adds a whole entry from bytes. */
    public void entry(String name, byte[] content) throws IOException {
        try (OutputStream out = entry(name)) {
            out.write(content);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
