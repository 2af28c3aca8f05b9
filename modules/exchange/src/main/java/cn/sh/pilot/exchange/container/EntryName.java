package cn.sh.pilot.exchange.container;

import java.util.Locale;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.PackageError;

/**
 * A checked entry name: root-relative, '/'-separated, each segment made of ASCII letters,
 * digits, '.', '_' and '-' (not starting with '.'), so that the name is also its own URI in
 * the signature with nothing to escape or normalise.
 *
 * @param value     the name without a trailing '/'
 * @param directory whether the entry is a directory entry (its raw name ended with '/')
 */
public record EntryName(String value, boolean directory) {

    /** Longest accepted name, in characters. */
    public static final int MAX_LENGTH = 255;
    /** Most path segments. */
    public static final int MAX_DEPTH = 16;

    /**
     * Checks a raw ZIP entry name, refusing the first problem found in this order: control
     * characters, absolute paths, '..' segments, then anything else odd.
     */
    public static EntryName of(String raw) throws RefusedException {
        if (raw == null || raw.isEmpty()) {
            throw odd("(empty)", "the name is empty");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw odd(printable(raw), "control character at position " + i);
            }
        }
        if (raw.startsWith("/") || raw.startsWith("\\")) {
            throw new RefusedException(PackageError.ZIP_ABSOLUTE_PATH, raw);
        }
        if (raw.length() >= 2 && Character.isLetter(raw.charAt(0)) && raw.charAt(1) == ':') {
            throw new RefusedException(PackageError.ZIP_ABSOLUTE_PATH, raw);
        }
        for (String segment : raw.split("[/\\\\]", -1)) {
            if (segment.equals("..")) {
                throw new RefusedException(PackageError.ZIP_PATH_TRAVERSAL, raw);
            }
        }
        if (raw.indexOf('\\') >= 0) {
            throw odd(raw, "backslash");
        }
        boolean directory = raw.endsWith("/");
        String value = directory ? raw.substring(0, raw.length() - 1) : raw;
        if (value.length() > MAX_LENGTH) {
            throw odd(raw.substring(0, 40) + "…", "longer than " + MAX_LENGTH + " characters");
        }
        String[] segments = value.split("/", -1);
        if (segments.length > MAX_DEPTH) {
            throw odd(raw, "more than " + MAX_DEPTH + " levels");
        }
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".")) {
                throw odd(raw, "empty or '.' segment (not normalised)");
            }
            if (segment.charAt(0) == '.') {
                throw odd(raw, "segment starts with '.'");
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '.' || c == '_' || c == '-';
                if (!plain) {
                    throw odd(printable(raw), "character '" + printable(String.valueOf(c)) + "' is not allowed");
                }
            }
        }
        return new EntryName(value, directory);
    }

    /** The key under which two names count as duplicates (case-insensitive file systems). */
    public String duplicateKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Whether the name sits directly at the package root. */
    public boolean atRoot() {
        return value.indexOf('/') < 0;
    }

    @Override
    public String toString() {
        return directory ? value + "/" : value;
    }

    private static RefusedException odd(String name, String why) {
        return new RefusedException(PackageError.ZIP_ODD_ENTRY_NAME, name + " (" + why + ")");
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
