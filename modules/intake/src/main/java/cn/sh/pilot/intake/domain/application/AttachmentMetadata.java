package cn.sh.pilot.intake.domain.application;

import java.util.Objects;

/**
 * An attachment's description; the bytes are stored elsewhere and found by their digest.
 *
 * @param mediaType the type detected from the content (PDF, JPEG, PNG), never taken from the name
 * @param sha256    lower-case hex SHA-256 of the content
 */
public record AttachmentMetadata(String fileName, String mediaType, long sizeBytes, String sha256, String description) {

    public AttachmentMetadata {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("size is not negative");
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 is 64 lower-case hex digits");
        }
        description = description == null ? "" : description;
    }
}
