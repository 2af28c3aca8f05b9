package cn.sh.pilot.exchange.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Byte-level edits of a ZIP's headers, to make the malformed archives no ordinary writer produces. */
public final class ZipPatch {

    private ZipPatch() {
    }

    /** Marks an entry as a Unix symbolic link in its central directory record. */
    public static byte[] makeSymlink(byte[] zip, String name) {
        ByteBuffer b = wrap(zip);
        int cen = central(b, name);
        b.putShort(cen + 4, (short) 0x031e);
        b.putInt(cen + 38, 0120777 << 16);
        return zip;
    }

    /** Sets the "encrypted" flag of an entry in both its local and central records. */
    public static byte[] markEncrypted(byte[] zip, String name) {
        ByteBuffer b = wrap(zip);
        int cen = central(b, name);
        b.putShort(cen + 8, (short) (b.getShort(cen + 8) | 1));
        int loc = b.getInt(cen + 42);
        b.putShort(loc + 6, (short) (b.getShort(loc + 6) | 1));
        return zip;
    }

    /** Renames an entry to a name of the same length, in the central directory only or in both records. */
    public static byte[] rename(byte[] zip, String from, String to, boolean alsoLocal) {
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("same length only");
        }
        ByteBuffer b = wrap(zip);
        int cen = central(b, from);
        byte[] bytes = to.getBytes(StandardCharsets.ISO_8859_1);
        int loc = b.getInt(cen + 42);
        System.arraycopy(bytes, 0, zip, cen + 46, bytes.length);
        if (alsoLocal) {
            System.arraycopy(bytes, 0, zip, loc + 30, bytes.length);
        }
        return zip;
    }

    /** Makes the central directory declare a different uncompressed size for an entry. */
    public static byte[] declareSize(byte[] zip, String name, int size) {
        ByteBuffer b = wrap(zip);
        b.putInt(central(b, name) + 24, size);
        return zip;
    }

    private static int central(ByteBuffer b, String name) {
        int eocd = b.capacity() - 22;
        if (b.getInt(eocd) != 0x06054b50) {
            throw new IllegalArgumentException("test ZIPs carry no comment");
        }
        int entries = b.getShort(eocd + 10) & 0xffff;
        int pos = b.getInt(eocd + 16);
        for (int i = 0; i < entries; i++) {
            int nameLength = b.getShort(pos + 28) & 0xffff;
            int extra = b.getShort(pos + 30) & 0xffff;
            int comment = b.getShort(pos + 32) & 0xffff;
            String n = new String(b.array(), pos + 46, nameLength, StandardCharsets.ISO_8859_1);
            if (n.equals(name)) {
                return pos;
            }
            pos += 46 + nameLength + extra + comment;
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    private static ByteBuffer wrap(byte[] zip) {
        return ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    }
}
