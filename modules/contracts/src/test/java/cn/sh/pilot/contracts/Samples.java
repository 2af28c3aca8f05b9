package cn.sh.pilot.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import cn.sh.pilot.contracts.schema.ContractDocument;

/**
 * The sample files under {@code schemas/samples/<doc>/good|bad/}, located through the
 * {@code pilot.schemas.dir} system property the build sets (or the module's relative path).
 */
public final class Samples {

    private Samples() {
    }

    /** The repository's {@code schemas/} folder. */
    public static Path schemasDir() {
        String configured = System.getProperty("pilot.schemas.dir");
        Path dir = configured != null ? Paths.get(configured) : Paths.get("../../schemas");
        return dir.toAbsolutePath().normalize();
    }

    /** One sample file: its document, whether it must validate, and (for bad ones) the error id it must raise. */
    public record Sample(ContractDocument document, Path file, boolean good, String expectedId) {

        @Override
        public String toString() {
            return document.shortName() + "/" + (good ? "good/" : "bad/") + file.getFileName();
        }
    }

    public static List<Sample> all() {
        try (Stream<Path> files = Files.walk(schemasDir().resolve("samples"))) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().map(Samples::sample).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sample sample(Path file) {
        String kind = file.getParent().getFileName().toString();
        String doc = file.getParent().getParent().getFileName().toString();
        ContractDocument document = Arrays.stream(ContractDocument.values())
                .filter(d -> d.shortName().equals(doc)).findFirst()
                .orElseThrow(() -> new IllegalStateException("samples folder for no document: " + doc));
        if (!kind.equals("good") && !kind.equals("bad")) {
            throw new IllegalStateException("sample neither good nor bad: " + file);
        }
        String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
        int note = name.indexOf("--");
        return new Sample(document, file, kind.equals("good"), note < 0 ? name : name.substring(0, note));
    }
}
