package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationRepository;
import cn.sh.pilot.intake.domain.application.AttachmentMetadata;
import cn.sh.pilot.intake.domain.application.AttachmentStore;
import cn.sh.pilot.intake.domain.application.AttachmentType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Attaches a file (the stamped form's scan, a licence …) to a draft of the actor's recommender.
 *
 * <p>The type is read from the first bytes ({@link AttachmentType}: PDF, JPEG or PNG), never taken from the name or
 * the declared media type; a name extension or declared type that says otherwise is refused as a mismatch. The
 * bytes stream to the {@link AttachmentStore} while their size is counted against the limit (default
 * {@value #DEFAULT_MAX_BYTES} bytes = 20 MiB) and their SHA-256 computed, so an upload is never held in memory.
 */
public final class AttachFile {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** {@code cm:FileName} of the schemas: no leading dot, no path or reserved characters, at most 200. */
    private static final Pattern FILE_NAME = Pattern.compile("[^./\\\\:*?\"<>|\\t\\n\\r][^/\\\\:*?\"<>|\\t\\n\\r]{0,199}");
    private static final String GENERIC_MEDIA_TYPE = "application/octet-stream";

    private final ApplicationRepository applications;
    private final AttachmentStore store;
    private final AuditTrail audit;
    private final long maxBytes;

    public AttachFile(ApplicationRepository applications, AttachmentStore store, AuditTrail audit) {
        this(applications, store, audit, DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest attachment accepted, in bytes (configuration {@code pilot.attachment.max-bytes}) */
    public AttachFile(ApplicationRepository applications, AttachmentStore store, AuditTrail audit, long maxBytes) {
        this.applications = Objects.requireNonNull(applications);
        this.store = Objects.requireNonNull(store);
        this.audit = Objects.requireNonNull(audit);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit is positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * Reads {@code content} to its end (the caller closes it) and attaches it as {@code fileName}, replacing an
     * attachment of that name.
     *
     * @param declaredMediaType what the upload claimed (e.g. the part's Content-Type), or null; only checked
     * @param description       what the file is, e.g. 盖章申请表扫描件, or null
     * @throws RefusedException {@code attachment-name-invalid}, {@code attachment-type-not-allowed},
     *                          {@code attachment-type-mismatch}, {@code attachment-too-large}, {@code attachment-not-stored},
     *                          {@code application-not-found}, {@code application-other-recommender}, {@code application-not-editable}
     */
    public AttachmentMetadata attach(Actor actor, ApplicationId id, String fileName, String declaredMediaType,
                                     String description, InputStream content) throws RefusedException {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new RefusedException(IntakeError.ATTACHMENT_NAME_INVALID, String.valueOf(fileName));
        }
        Application application = OwnApplications.load(applications, actor, id);
        if (!application.isEditable()) {
            throw new RefusedException(IntakeError.APPLICATION_NOT_EDITABLE, "state=" + application.state());
        }
        try {
            byte[] head = content.readNBytes(AttachmentType.HEADER_LENGTH);
            AttachmentType type = AttachmentType.detect(head, head.length).orElseThrow(() ->
                    new RefusedException(IntakeError.ATTACHMENT_TYPE_NOT_ALLOWED, fileName + ": starts with " + hex(head)));
            checkClaims(type, fileName, declaredMediaType);
            AttachmentStream stream = new AttachmentStream(
                    new SequenceInputStream(new ByteArrayInputStream(head), content), maxBytes);
            store.store(id, fileName, stream);
            if (!stream.ended()) {
                throw new IllegalStateException("the attachment store did not read " + fileName + " to its end");
            }
            AttachmentMetadata attachment = new AttachmentMetadata(fileName, type.mediaType(), stream.size(),
                    stream.sha256Hex(), description);
            Optional<AttachmentMetadata> replaced = application.attachments().stream()
                    .filter(a -> a.fileName().equals(fileName)).findFirst();
            application.attach(attachment);
            applications.save(application);
            audit.record(AuditActions.ATTACHMENT_ADDED, AuditActions.ENTITY, id.toString(), replaced.orElse(null), attachment);
            return attachment;
        } catch (AttachmentStream.TooLarge e) {
            throw new RefusedException(IntakeError.ATTACHMENT_TOO_LARGE, fileName + ": more than " + maxBytes + " bytes", e);
        } catch (IOException e) {
            throw new RefusedException(IntakeError.ATTACHMENT_NOT_STORED, fileName + ": " + e.getMessage(), e);
        }
    }

    private static void checkClaims(AttachmentType type, String fileName, String declaredMediaType) throws RefusedException {
        if (!type.fitsNameOf(fileName)) {
            throw new RefusedException(IntakeError.ATTACHMENT_TYPE_MISMATCH,
                    fileName + ": the content is " + type.mediaType() + ", the name says ." + AttachmentType.extensionOf(fileName).orElse(""));
        }
        if (declaredMediaType != null && !declaredMediaType.isBlank()
                && !declaredMediaType.strip().toLowerCase(java.util.Locale.ROOT).startsWith(GENERIC_MEDIA_TYPE)
                && !type.isNamedBy(declaredMediaType)) {
            throw new RefusedException(IntakeError.ATTACHMENT_TYPE_MISMATCH,
                    fileName + ": the content is " + type.mediaType() + ", declared as " + declaredMediaType);
        }
    }

    private static String hex(byte[] head) {
        StringBuilder s = new StringBuilder();
        for (byte b : Arrays.copyOf(head, Math.min(head.length, 4))) {
            s.append(String.format("%02X ", b));
        }
        return s.toString().strip();
    }
}
