package cn.sh.pilot.exchange.inbox;

import java.nio.file.Path;

/**
 * A received file as kept in the write-once store.
 *
 * @param sha256 SHA-256 of the file's bytes, lower-case hex; the package's identity
 * @param size   its length in bytes
 * @param file   where the store keeps it (read-only)
 */
public record StoredPackage(String sha256, long size, Path file) {
}
