package cn.sh.pilot.exchange.transport;

import java.util.Locale;

/**
 * The complete-file convention shared by every transport: a file is written under a temporary
 * name ({@code *.part} or a name starting with {@code .}) and renamed to its final name
 * ({@code *.zip}) only once complete. A reader takes final names only.
 */
public final class CompleteFileName {

    /** The suffix a sender appends to the final name while uploading. */
    public static final String TEMPORARY_SUFFIX = ".part";

    /** The suffix of a final (complete) package name. */
    public static final String FINAL_SUFFIX = ".zip";

    private CompleteFileName() {
    }

    /** True for names still being written: {@code *.part} or a leading dot. */
    public static boolean isTemporary(String name) {
        return name.startsWith(".") || lower(name).endsWith(TEMPORARY_SUFFIX);
    }

    /** True for complete package names: {@code *.zip}, not temporary, a plain file name. */
    public static boolean isFinal(String name) {
        return isPlainName(name) && !isTemporary(name) && lower(name).endsWith(FINAL_SUFFIX)
                && name.length() > FINAL_SUFFIX.length();
    }

    /** The temporary name under which {@code finalName} is uploaded. */
    public static String temporaryFor(String finalName) {
        return finalName + TEMPORARY_SUFFIX;
    }

    /**
     * True for a single path segment that is safe to use as a local file name: not empty, not
     * {@code .} or {@code ..}, no separator or control character.
     */
    public static boolean isPlainName(String name) {
        if (name == null || name.isEmpty() || name.length() > 255 || name.equals(".") || name.equals("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
