package cn.sh.pilot.exchange.container;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.PackageError;

/**
 * One entry's inflated bytes as they stream by: digested, counted against the per-entry and
 * total limits and the compression ratio, sniffed for archive signatures and copied to an
 * optional sink. Nothing is buffered beyond the caller's read buffer and a few hundred bytes of
 * head.
 */
final class MeasuredEntryStream extends FilterInputStream {

    private final String name;
    private final boolean sniff;
    private final PackageLimits limits;
    private final CountingStream raw;
    private final long rawAtStart;
    private final long totalBefore;
    private final OutputStream sink;
    private final MessageDigest digest;
    private final byte[] head = new byte[ArchiveSniffer.HEAD_BYTES];
    private int headLength;
    private boolean sniffed;
    private long size;
    private RefusalSignal failure;

    MeasuredEntryStream(InputStream entry, String name, boolean sniff, PackageLimits limits, CountingStream raw,
                        long totalBefore, OutputStream sink) {
        super(entry);
        this.name = name;
        this.sniff = sniff;
        this.limits = limits;
        this.raw = raw;
        this.rawAtStart = raw.count();
        this.totalBefore = totalBefore;
        this.sink = sink;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            sniffNow();
            return n;
        }
        if (n == 0) {
            return 0;
        }
        size += n;
        if (size > limits.maxEntryBytes()) {
            throw refuse(PackageError.ZIP_ENTRY_TOO_LARGE, "more than " + limits.maxEntryBytes() + " bytes");
        }
        if (totalBefore + size > limits.maxTotalBytes()) {
            throw refuse(PackageError.ZIP_TOTAL_TOO_LARGE, "package passes " + limits.maxTotalBytes() + " bytes here");
        }
        long compressed = Math.max(1, raw.count() - rawAtStart);
        if (size > limits.ratioGraceBytes() && size > compressed * limits.maxCompressionRatio()) {
            throw refuse(PackageError.ZIP_COMPRESSION_RATIO_TOO_HIGH,
                    size + " bytes from about " + compressed + " compressed bytes");
        }
        digest.update(b, off, n);
        if (sniff && headLength < head.length) {
            int take = Math.min(n, head.length - headLength);
            System.arraycopy(b, off, head, headLength, take);
            headLength += take;
            if (headLength == head.length) {
                sniffNow();
            }
        }
        if (sink != null) {
            sink.write(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    /** Reads whatever the caller left, through all the checks. */
    void drain() throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (read(buffer, 0, buffer.length) >= 0) {
            // measured in read
        }
    }

    long size() {
        return size;
    }

    byte[] sha256() {
        return digest.digest();
    }

    @Override
    public void close() {
        // the ZIP stream below stays open for the next entry
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void sniffNow() throws RefusalSignal {
        if (sniff && !sniffed) {
            sniffed = true;
            if (ArchiveSniffer.looksLikeArchive(head, headLength)) {
                throw refuse(PackageError.ZIP_NESTED_ARCHIVE, "content starts like an archive");
            }
        }
    }

    private RefusalSignal refuse(PackageError error, String why) {
        failure = new RefusalSignal(new RefusedException(error, name + ": " + why));
        return failure;
    }
}
