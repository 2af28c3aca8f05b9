package cn.sh.pilot.exchange.container;

/**
 * The bounds a package must stay within; each is measured on the actual bytes while reading,
 * never taken from ZIP headers.
 *
 * @param maxEntries         most entries, directories included
 * @param maxEntryBytes      most bytes one entry may inflate to
 * @param maxTotalBytes      most bytes all entries together may inflate to
 * @param maxCompressionRatio most inflated bytes per compressed byte, once an entry has passed {@code ratioGraceBytes}
 * @param ratioGraceBytes    inflated bytes an entry may reach before the ratio is enforced (small XML compresses well)
 * @param maxSignatureBytes  largest {@code META-INF/signatures.xml}, which is parsed in memory
 * @param senderPeekBytes    how far into the payload its {@code Sender/Code} must appear
 */
public record PackageLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxCompressionRatio,
                            long ratioGraceBytes, int maxSignatureBytes, int senderPeekBytes) {

    private static final long MIB = 1024L * 1024;
    private static final long GIB = 1024 * MIB;

    public PackageLimits {
        if (maxEntries < 3 || maxEntryBytes < 1 || maxTotalBytes < maxEntryBytes || maxCompressionRatio < 1
                || ratioGraceBytes < 0 || maxSignatureBytes < 1024 || senderPeekBytes < 256) {
            throw new IllegalArgumentException("implausible package limits");
        }
    }

    /** 10,000 entries, 1 GiB per entry, 2 GiB in total, ratio 100 after 1 MiB, 4 MiB of signature, sender within 64 KiB. */
    public static PackageLimits defaults() {
        return new PackageLimits(10_000, GIB, 2 * GIB, 100, MIB, (int) (4 * MIB), 64 * 1024);
    }

    public PackageLimits withMaxEntries(int value) {
        return new PackageLimits(value, maxEntryBytes, maxTotalBytes, maxCompressionRatio, ratioGraceBytes,
                maxSignatureBytes, senderPeekBytes);
    }

    public PackageLimits withMaxEntryBytes(long value) {
        return new PackageLimits(maxEntries, value, Math.max(value, maxTotalBytes), maxCompressionRatio,
                ratioGraceBytes, maxSignatureBytes, senderPeekBytes);
    }

    public PackageLimits withMaxTotalBytes(long value) {
        return new PackageLimits(maxEntries, Math.min(maxEntryBytes, value), value, maxCompressionRatio,
                ratioGraceBytes, maxSignatureBytes, senderPeekBytes);
    }

    public PackageLimits withMaxCompressionRatio(int value) {
        return new PackageLimits(maxEntries, maxEntryBytes, maxTotalBytes, value, ratioGraceBytes,
                maxSignatureBytes, senderPeekBytes);
    }
}
