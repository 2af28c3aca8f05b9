package cn.sh.pilot.intake.domain.application;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted as attachments, recognised by their first bytes (magic numbers), never by the name or
 * a declared media type: PDF ({@code %PDF-}), JPEG ({@code FF D8 FF}) and PNG ({@code 89 50 4E 47 0D 0A 1A 0A}).
 */
public enum AttachmentType {
    PDF("application/pdf", List.of("pdf"), new int[] {0x25, 0x50, 0x44, 0x46, 0x2D}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new int[] {0xFF, 0xD8, 0xFF}),
    PNG("image/png", List.of("png"), new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});

    /** How many leading bytes {@link #detect(byte[], int)} needs at most. */
    public static final int HEADER_LENGTH = 8;

    private final String mediaType;
    private final List<String> extensions;
    private final int[] magic;

    AttachmentType(String mediaType, List<String> extensions, int[] magic) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The type whose magic number starts {@code head[0..length)}, if any. */
    public static Optional<AttachmentType> detect(byte[] head, int length) {
        return Arrays.stream(values()).filter(t -> t.startsWith(head, length)).findFirst();
    }

    /**
     * Whether a media type as declared by an upload (e.g. {@code application/pdf; name=x}) names this type.
     * {@code image/jpg} and {@code image/pjpeg}, which browsers send, count as JPEG.
     */
    public boolean isNamedBy(String declaredMediaType) {
        String bare = declaredMediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return bare.equals(mediaType) || this == JPEG && (bare.equals("image/jpg") || bare.equals("image/pjpeg"));
    }

    /** Whether the file name's extension, if it has one, is one of this type's (case ignored). */
    public boolean fitsNameOf(String fileName) {
        return extensionOf(fileName).map(extensions::contains).orElse(true);
    }

    /**
     * The extension of {@code fileName} in lower case: the text after the last dot when it is 1 to 5 letters or
     * digits with at least one letter ({@code 申请表.PDF} → {@code pdf}; {@code 方案v1.2} has none).
     */
    public static Optional<String> extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,5}") && ext.matches(".*[a-z].*") ? Optional.of(ext) : Optional.empty();
    }

    private boolean startsWith(byte[] head, int length) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
