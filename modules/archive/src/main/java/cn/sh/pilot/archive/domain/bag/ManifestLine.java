package cn.sh.pilot.archive.domain.bag;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a BagIt manifest: {@code <sha-256 hex>  <path>} (RFC 8493 §2.1.3). In the path, only
 * {@code %}, CR and LF are percent-encoded; {@code /} separates segments.
 *
 * @param sha256 lower-case hex
 * @param path   the decoded path relative to the bag root
 */
public record ManifestLine(String sha256, String path) {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

    /** The line as written, without the line break. */
    public String format() {
        return sha256 + "  " + encode(path);
    }

    /** Parses a line; empty if it is not a well-formed line with a safe relative path. */
    public static Optional<ManifestLine> parse(String line) {
        int space = line.indexOf(' ');
        int tab = line.indexOf('\t');
        int cut = space < 0 ? tab : tab < 0 ? space : Math.min(space, tab);
        if (cut != 64) {
            return Optional.empty();
        }
        String hex = line.substring(0, 64);
        String rest = line.substring(64).stripLeading();
        if (!HEX.matcher(hex).matches() || rest.isEmpty()) {
            return Optional.empty();
        }
        String path;
        try {
            path = decode(rest);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return isSafeRelative(path) ? Optional.of(new ManifestLine(hex.toLowerCase(Locale.ROOT), path)) : Optional.empty();
    }

    /** Relative, '/'-separated, no empty, '.' or '..' segment, no backslash or control character. */
    public static boolean isSafeRelative(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    static String encode(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String decode(String encoded) {
        StringBuilder out = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i + 2 >= encoded.length()) {
                throw new IllegalArgumentException("truncated percent-encoding");
            }
            String code = encoded.substring(i + 1, i + 3).toUpperCase(Locale.ROOT);
            switch (code) {
                case "25" -> out.append('%');
                case "0D" -> out.append('\r');
                case "0A" -> out.append('\n');
                default -> throw new IllegalArgumentException("unexpected %" + code);
            }
            i += 2;
        }
        return out.toString();
    }
}
