package cn.sh.pilot.exchange.transport;

import java.util.regex.Pattern;

/**
 * A recommender's account code as used for SFTP user names and folder names (e.g. the district
 * code {@code 310104}). Only letters, digits, {@code _} and {@code -}, so a code can never name
 * a path outside its own folder.
 */
public final class RecommenderCode {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    private RecommenderCode() {
    }

    public static boolean isValid(String code) {
        return code != null && VALID.matcher(code).matches();
    }

    /** Returns {@code code} or throws if it could escape its folder or is otherwise malformed. */
    public static String require(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException(TransportError.ACCOUNT_CODE_INVALID.bilingual() + " [" + code + "]");
        }
        return code;
    }
}
