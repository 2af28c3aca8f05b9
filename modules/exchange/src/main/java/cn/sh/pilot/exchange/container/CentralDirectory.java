package cn.sh.pilot.exchange.container;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.PackageError;

/**
 * Reads a ZIP file's central directory: the list of entries with the attributes the local
 * headers do not carry (the Unix mode bits that mark a symbolic link). Reads only the end of the
 * file and the directory itself, as a stream, so memory grows with the entry count only, which
 * is checked against the limit before the directory is read.
 *
 * <p>ZIP64, split archives and archive-level oddities (data before the first entry, a gap before
 * the directory) are refused: the limits keep every pilot package well below 4 GiB.
 */
final class CentralDirectory {

    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int CEN_SIGNATURE = 0x02014b50;
    private static final int EOCD_SIZE = 22;
    private static final int MAX_COMMENT = 0xffff;

    /** One central directory record. */
    record Record(String rawName, int madeBy, int flags, int method, long crc, long compressedSize, long size,
                  int extraLength, long externalAttributes, long localHeaderOffset) {

        /** Whether the external attributes mark a symbolic link (Unix S_IFLNK or a Windows reparse point). */
        boolean isLink() {
            int host = madeBy >>> 8;
            long unixMode = (externalAttributes >>> 16) & 0xffff;
            boolean unixLink = host == 3 && (unixMode & 0xf000) == 0xa000;
            boolean windowsReparsePoint = (externalAttributes & 0x400) != 0 && (host == 0 || host == 10 || host == 11);
            return unixLink || windowsReparsePoint;
        }

        boolean encrypted() {
            return (flags & 0x1) != 0;
        }
    }

    private CentralDirectory() {
    }

    static List<Record> read(FileChannel file, int maxEntries) throws IOException, RefusedException {
        long length = file.size();
        if (length < EOCD_SIZE) {
            throw new RefusedException(PackageError.ZIP_UNREADABLE, "file too short to be a ZIP (" + length + " bytes)");
        }
        int tailLength = (int) Math.min(length, EOCD_SIZE + MAX_COMMENT);
        ByteBuffer tail = ByteBuffer.allocate(tailLength).order(ByteOrder.LITTLE_ENDIAN);
        file.read(tail, length - tailLength);
        int eocd = -1;
        for (int i = tailLength - EOCD_SIZE; i >= 0; i--) {
            if (tail.getInt(i) == EOCD_SIGNATURE && i + EOCD_SIZE + (tail.getShort(i + 20) & 0xffff) == tailLength) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw new RefusedException(PackageError.ZIP_UNREADABLE, "no end-of-central-directory record");
        }
        int disk = tail.getShort(eocd + 4) & 0xffff;
        int cdDisk = tail.getShort(eocd + 6) & 0xffff;
        int entriesHere = tail.getShort(eocd + 8) & 0xffff;
        int entries = tail.getShort(eocd + 10) & 0xffff;
        long cdSize = tail.getInt(eocd + 12) & 0xffffffffL;
        long cdOffset = tail.getInt(eocd + 16) & 0xffffffffL;
        if (entries == 0xffff || cdSize == 0xffffffffL || cdOffset == 0xffffffffL) {
            throw new RefusedException(PackageError.ZIP_UNREADABLE, "ZIP64 archives are not used for pilot packages");
        }
        if (disk != 0 || cdDisk != 0 || entriesHere != entries) {
            throw new RefusedException(PackageError.ZIP_UNREADABLE, "split (multi-volume) archives are not accepted");
        }
        if (entries > maxEntries) {
            throw new RefusedException(PackageError.ZIP_TOO_MANY_ENTRIES, entries + " entries, at most " + maxEntries);
        }
        long eocdPosition = length - tailLength + eocd;
        if (cdOffset + cdSize != eocdPosition) {
            throw new RefusedException(PackageError.ZIP_INCONSISTENT_DIRECTORY,
                    "the central directory does not end where the end record begins");
        }
        List<Record> records = new ArrayList<>(entries);
        InputStream raw = new BoundedStream(Channels.newInputStream(file.position(cdOffset)), cdSize);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 64 * 1024));
        try {
            for (int i = 0; i < entries; i++) {
                if (Integer.reverseBytes(in.readInt()) != CEN_SIGNATURE) {
                    throw new RefusedException(PackageError.ZIP_UNREADABLE, "central directory record " + i + " is damaged");
                }
                int madeBy = u16(in);
                u16(in); // version needed
                int flags = u16(in);
                int method = u16(in);
                u16(in); // time
                u16(in); // date
                long crc = u32(in);
                long compressed = u32(in);
                long size = u32(in);
                int nameLength = u16(in);
                int extraLength = u16(in);
                int commentLength = u16(in);
                u16(in); // disk
                u16(in); // internal attributes
                long external = u32(in);
                long offset = u32(in);
                byte[] name = new byte[nameLength];
                in.readFully(name);
                in.skipNBytes(extraLength + (long) commentLength);
                records.add(new Record(decode(name, flags), madeBy, flags, method, crc, compressed, size,
                        extraLength, external, offset));
            }
            if (in.read() != -1) {
                throw new RefusedException(PackageError.ZIP_INCONSISTENT_DIRECTORY,
                        "the central directory holds more than the " + entries + " entries it declares");
            }
        } catch (EOFException e) {
            throw new RefusedException(PackageError.ZIP_UNREADABLE, "the central directory is truncated");
        }
        return records;
    }

    /** UTF-8 if flagged, otherwise bytes as Latin-1 so that any non-ASCII byte survives to be refused by name checks. */
    private static String decode(byte[] name, int flags) {
        boolean utf8 = (flags & 0x800) != 0;
        return new String(name, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    private static int u16(DataInputStream in) throws IOException {
        return Short.reverseBytes(in.readShort()) & 0xffff;
    }

    private static long u32(DataInputStream in) throws IOException {
        return Integer.reverseBytes(in.readInt()) & 0xffffffffL;
    }
}
