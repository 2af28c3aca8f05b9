package cn.sh.pilot.archive.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One export: what to take, where to put it, how, and who asks.
 *
 * @param target the bag folder, or the ZIP file, to create; must not exist yet
 */
public record ExportRequest(Selection selection, Path target, BagFormat format, Exporter exporter) {

    public ExportRequest {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(exporter, "exporter");
    }
}
