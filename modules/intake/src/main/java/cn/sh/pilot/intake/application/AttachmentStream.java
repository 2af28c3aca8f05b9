package cn.sh.pilot.intake.application;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of an upload on their way to the store: counted and digested (SHA-256) as they pass, and cut off with
 * {@link TooLarge} as soon as they exceed the limit, so nothing larger is ever read.
 */
final class AttachmentStream extends FilterInputStream {

    private final long maxBytes;
    private final MessageDigest sha256;
    private long count;
    private boolean ended;

    AttachmentStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            ended = true;
            return n;
        }
        count += n;
        if (count > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        sha256.update(b, off, n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("an attachment is read whole, never skipped");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Whether the end of the content was reached. */
    boolean ended() {
        return ended;
    }

    long size() {
        return count;
    }

    /** Lower-case hex SHA-256 of everything read; call once, at the end. */
    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The content went past the limit; the store sees it as an I/O failure and keeps nothing. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge(long maxBytes) {
            super("attachment larger than " + maxBytes + " bytes");
        }
    }
}
