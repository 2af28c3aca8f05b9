package cn.sh.pilot.review.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** A SHA-256 digest as 64 lower-case hex digits ({@code cm:Sha256Hex}), e.g. of a whole batch package file. */
public record Sha256(String hex) {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    public Sha256 {
        Objects.requireNonNull(hex, "hex");
        if (!FORM.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + hex);
        }
    }

    public static Sha256 of(byte[] content) {
        try {
            return new Sha256(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static Sha256 of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first twelve digits, enough for a person to compare two digests by eye. */
    public String abbreviated() {
        return hex.substring(0, 12);
    }

    @Override
    public String toString() {
        return hex;
    }
}
