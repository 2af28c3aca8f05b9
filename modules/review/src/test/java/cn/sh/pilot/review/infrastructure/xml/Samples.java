package cn.sh.pilot.review.infrastructure.xml;

import java.nio.file.Path;

/** The shared sample documents under schemas/samples/. */
final class Samples {

    private Samples() {
    }

    static Path good(String document, String file) {
        return Path.of(System.getProperty("pilot.schemas.dir", "../../schemas"), "samples", document, "good", file);
    }
}
