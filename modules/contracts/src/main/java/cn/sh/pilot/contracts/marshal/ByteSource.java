package cn.sh.pilot.contracts.marshal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes that can be read more than once, such as a payload file in an unpacked package; the
 * streaming batch reader reads them twice (validate, then bind item by item).
 */
@FunctionalInterface
public interface ByteSource {

    /** A new stream over the same bytes each time. */
    InputStream open() throws IOException;

    static ByteSource of(Path file) {
        return () -> Files.newInputStream(file);
    }

    static ByteSource of(byte[] bytes) {
        byte[] copy = bytes.clone();
        return () -> new ByteArrayInputStream(copy);
    }
}
