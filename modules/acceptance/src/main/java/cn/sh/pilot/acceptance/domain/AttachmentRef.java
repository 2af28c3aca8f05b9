package cn.sh.pilot.acceptance.domain;

import java.util.Objects;

/**
 * A file that travelled in the same package (under {@code attachments/}), named by its SHA-256 digest; the bytes
 * stay with the package store.
 *
 * @param title optional caption, may be {@code null}
 */
public record AttachmentRef(String fileName, String title, String mediaType, String sha256, long size) {

    public AttachmentRef {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (size < 0) {
            throw new IllegalArgumentException("size < 0");
        }
    }
}
