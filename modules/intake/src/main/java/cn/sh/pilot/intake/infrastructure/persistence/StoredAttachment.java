package cn.sh.pilot.intake.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Metadata of an attachment; the bytes are in the {@link FileAttachmentStore} (table {@code intake_attachment}). */
@Embeddable
public class StoredAttachment {

    @Column(name = "file_name")
    String fileName;
    @Column(name = "media_type")
    String mediaType;
    @Column(name = "size_bytes")
    long sizeBytes;
    @Column(name = "sha256")
    String sha256;
    @Column(name = "description")
    String description;
}
