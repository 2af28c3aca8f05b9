package cn.sh.pilot.archive.api;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What an export wrote.
 *
 * @param bag          the bag folder or ZIP
 * @param exportId     the export's id (also in {@code bag-info.txt})
 * @param records      number of project records
 * @param payloadBytes Payload-Oxum octets
 * @param payloadFiles Payload-Oxum stream count
 * @param exported     export time
 */
public record ExportResult(Path bag, UUID exportId, long records, long payloadBytes, long payloadFiles,
                           OffsetDateTime exported) {

    /** The Payload-Oxum value, {@code octets.streams}. */
    public String payloadOxum() {
        return payloadBytes + "." + payloadFiles;
    }
}
