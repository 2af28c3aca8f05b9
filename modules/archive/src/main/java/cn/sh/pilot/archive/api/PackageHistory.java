package cn.sh.pilot.archive.api;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import cn.sh.pilot.contracts.archive.v1.PackageDirection;
import cn.sh.pilot.contracts.archive.v1.PackageRole;
import cn.sh.pilot.contracts.archive.v1.PackageVerdict;

/**
 * One exchange package in a project's life, received or sent, with the stored original.
 *
 * @param role        the document it carries
 * @param direction   received or sent
 * @param fileName    the original's file name; it keeps this name under {@code originals/}
 * @param sha256      the SHA-256 (hex) the system recorded when it stored the file; the export checks it
 * @param size        bytes
 * @param signer      who signed it
 * @param transferred when it was received or sent
 * @param verdict     the import verdict (received packages), or null
 * @param entries     the entries inside it (payload first), as recorded at import
 * @param original    where the stored original is (write-once store)
 */
public record PackageHistory(PackageRole role, PackageDirection direction, String fileName, String sha256, long size,
                             Organisation signer, OffsetDateTime transferred, PackageVerdict verdict,
                             List<PackageEntry> entries, Path original) {

    public PackageHistory {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(transferred, "transferred");
        Objects.requireNonNull(original, "original");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
