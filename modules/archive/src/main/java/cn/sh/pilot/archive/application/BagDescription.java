package cn.sh.pilot.archive.application;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.sh.pilot.archive.api.Exporter;

/**
 * What goes into {@code bag-info.txt} besides Payload-Oxum, which the bag computes itself.
 *
 * @param selection the selection criteria in words
 * @param records   number of project records
 */
public record BagDescription(UUID exportId, Exporter exporter, OffsetDateTime exported, String selection, long records) {
}
