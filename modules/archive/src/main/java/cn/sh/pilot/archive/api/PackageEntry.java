package cn.sh.pilot.archive.api;

import java.util.Objects;

/**
 * One entry inside an exchange package, as the import recorded it.
 *
 * @param path       e.g. {@code batch.xml} or {@code attachments/form-scan.pdf}
 * @param payload    whether it is the payload (otherwise an attachment)
 * @param sha256     lower-case hex
 * @param size       bytes
 * @param mediaType  e.g. {@code application/pdf}, or null when unknown
 */
public record PackageEntry(String path, boolean payload, String sha256, long size, String mediaType) {

    public PackageEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
