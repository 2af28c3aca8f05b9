package cn.sh.pilot.archive.infrastructure.bag;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, computed while bytes stream by (64 KiB buffer, never the whole file). */
final class Sha256 {

    /** What a copy or a read measured. */
    record Measured(String sha256, long size) {
    }

    private Sha256() {
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** Copies {@code in} to {@code out} (either may be null-free streams) and measures what passed. */
    static Measured copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest md = digest();
        byte[] buffer = new byte[65536];
        long size = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            md.update(buffer, 0, n);
            if (out != null) {
                out.write(buffer, 0, n);
            }
            size += n;
        }
        return new Measured(hex(md.digest()), size);
    }

    static Measured of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return copy(in, null);
        }
    }

    static Measured of(byte[] bytes) {
        MessageDigest md = digest();
        return new Measured(hex(md.digest(bytes)), bytes.length);
    }
}
