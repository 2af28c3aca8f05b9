package cn.sh.pilot.archive.application;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.sh.pilot.archive.api.Exporter;

/** Who exported, when, under which export id: the same for every record of one export. */
public record ExportStamp(UUID exportId, Exporter exporter, OffsetDateTime exported) {
}
