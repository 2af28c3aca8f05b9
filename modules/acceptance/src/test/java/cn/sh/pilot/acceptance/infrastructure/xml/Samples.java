package cn.sh.pilot.acceptance.infrastructure.xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The good sample documents of {@code schemas/samples/<doc>/good}, read from the repository. */
final class Samples {

    private static final Path ROOT = Path.of("../../schemas/samples");

    private Samples() {
    }

    static Stream<Path> good(String document) {
        try {
            return Files.list(ROOT.resolve(document).resolve("good")).filter(p -> p.toString().endsWith(".xml")).sorted();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String document, String name) {
        return bytes(ROOT.resolve(document).resolve("good").resolve(name));
    }
}
