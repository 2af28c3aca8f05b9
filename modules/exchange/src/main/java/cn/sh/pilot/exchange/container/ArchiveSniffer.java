package cn.sh.pilot.exchange.container;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Recognises archives inside a package by name and by their first bytes, so that a ZIP bomb or
 * an unsigned bundle cannot hide one level down. Office formats that are ZIPs (docx, xlsx,
 * odt) count as archives too: attach PDFs instead.
 */
public final class ArchiveSniffer {

    /** How many leading bytes {@link #looksLikeArchive(byte[], int)} wants to see. */
    public static final int HEAD_BYTES = 264;

    private static final List<String> EXTENSIONS = List.of(".zip", ".jar", ".war", ".ear", ".apk", ".gz", ".tgz",
            ".tar", ".7z", ".rar", ".bz2", ".xz", ".zst", ".lz", ".lzma", ".z", ".cab", ".asice", ".asics", ".sce",
            ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp");

    private static final byte[][] MAGIC = {
            {'P', 'K', 3, 4}, {'P', 'K', 5, 6}, {'P', 'K', 7, 8},
            {(byte) 0x1f, (byte) 0x8b},
            {'7', 'z', (byte) 0xbc, (byte) 0xaf, 0x27, 0x1c},
            {'R', 'a', 'r', '!'},
            {'B', 'Z', 'h'},
            {(byte) 0xfd, '7', 'z', 'X', 'Z', 0},
            {(byte) 0x28, (byte) 0xb5, (byte) 0x2f, (byte) 0xfd},
            {'M', 'S', 'C', 'F'},
            {(byte) 0x1f, (byte) 0x9d},
    };

    private static final byte[] USTAR = "ustar".getBytes(StandardCharsets.US_ASCII);

    private ArchiveSniffer() {
    }

    /** Whether the name carries an archive extension. */
    public static boolean hasArchiveName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** Whether the first {@code length} bytes of {@code head} start like a known archive format. */
    public static boolean looksLikeArchive(byte[] head, int length) {
        for (byte[] magic : MAGIC) {
            if (length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length)) {
                return true;
            }
        }
        return length >= 262 && Arrays.equals(head, 257, 262, USTAR, 0, USTAR.length);
    }
}
