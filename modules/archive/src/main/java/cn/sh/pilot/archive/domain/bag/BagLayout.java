package cn.sh.pilot.archive.domain.bag;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Names inside an export bag.
 *
 * <pre>
 * bagit.txt  bag-info.txt  manifest-sha256.txt  tagmanifest-sha256.txt  bag-signature.xml
 * data/&lt;folder&gt;/record.xml
 * data/&lt;folder&gt;/originals/&lt;package file, bit-exact&gt;
 * </pre>
 * A project's folder is its project number ({@code SHBZSD-2023-0007}); an application never
 * approved has none and uses {@code application-<uuid>}.
 */
public final class BagLayout {

    public static final String BAGIT = "bagit.txt";
    public static final String BAG_INFO = "bag-info.txt";
    public static final String MANIFEST = "manifest-sha256.txt";
    public static final String TAG_MANIFEST = "tagmanifest-sha256.txt";
    /** The municipal signature over the tag files; not in the tag manifest, which it signs. */
    public static final String SIGNATURE = "bag-signature.xml";
    public static final String DATA = "data";
    public static final String RECORD = "record.xml";
    public static final String ORIGINALS = "originals";

    /** The tag files the tag manifest lists and the signature covers, in that order. */
    public static final java.util.List<String> SIGNED_TAG_FILES = java.util.List.of(BAGIT, BAG_INFO, MANIFEST, TAG_MANIFEST);

    private static final Pattern PROJECT_NUMBER = Pattern.compile("SHBZSD-20[0-9]{2}-[0-9]{4}");
    private static final Pattern FOLDER = Pattern.compile(
            "SHBZSD-20[0-9]{2}-[0-9]{4}|application-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** cm:FileName: no path separators or control characters, not starting with a dot, 1 to 200 characters. */
    private static final Pattern FILE_NAME = Pattern.compile("[^./\\\\:*?\"<>|\\t\\n\\r][^/\\\\:*?\"<>|\\t\\n\\r]{0,199}");

    private BagLayout() {
    }

    /** The folder of a project: its number if it has a valid one, else {@code application-<id>}; empty if neither. */
    public static Optional<String> projectFolder(String projectNumber, UUID applicationId) {
        if (projectNumber != null && PROJECT_NUMBER.matcher(projectNumber).matches()) {
            return Optional.of(projectNumber);
        }
        if (projectNumber == null && applicationId != null) {
            return Optional.of("application-" + applicationId);
        }
        return Optional.empty();
    }

    /** Whether {@code name} is a project folder name this layout makes. */
    public static boolean isProjectFolder(String name) {
        return FOLDER.matcher(name).matches();
    }

    /** Whether an original's file name may be used as is under {@code originals/} (and in the record). */
    public static boolean isSafeFileName(String name) {
        return name != null && FILE_NAME.matcher(name).matches() && name.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** {@code data/<folder>/record.xml} */
    public static String recordPath(String folder) {
        return DATA + "/" + folder + "/" + RECORD;
    }

    /** {@code data/<folder>/originals/<file>} */
    public static String originalPath(String folder, String fileName) {
        return DATA + "/" + folder + "/" + ORIGINALS + "/" + fileName;
    }
}
