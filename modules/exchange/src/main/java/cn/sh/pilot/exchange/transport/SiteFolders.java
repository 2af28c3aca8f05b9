package cn.sh.pilot.exchange.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The per-recommender folder layout {@code <base>/<code>/inbox} and {@code <base>/<code>/receipts}.
 * The SFTP endpoint uses it under {@code <root>/sites}, the drop folder under
 * {@code <dataDir>/dropbox}. Folders are created {@code 0750}, never world-accessible.
 */
public final class SiteFolders {

    public static final String INBOX = "inbox";
    public static final String RECEIPTS = "receipts";

    /** {@code rwxr-x---}: owner full, group read and traverse, others nothing. */
    public static final Set<PosixFilePermission> FOLDER_PERMISSIONS = PosixFilePermissions.fromString("rwxr-x---");

    /** {@code rw-r-----} for files received or written by the transport. */
    public static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r-----");

    private final Path base;

    public SiteFolders(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /** The SFTP layout: {@code <root>/sites/<code>/...}. */
    public static SiteFolders sftp(Path root) {
        return new SiteFolders(root.resolve("sites"));
    }

    /** The drop folder layout: {@code <dataDir>/dropbox/<code>/...}. */
    public static SiteFolders dropbox(Path dataDir) {
        return new SiteFolders(dataDir.resolve("dropbox"));
    }

    /** The folder holding one sub-folder per recommender code. */
    public Path base() {
        return base;
    }

    /** The folder of one recommender (its SFTP chroot). */
    public Path site(String code) {
        return base.resolve(RecommenderCode.require(code));
    }

    public Path inbox(String code) {
        return site(code).resolve(INBOX);
    }

    public Path receipts(String code) {
        return site(code).resolve(RECEIPTS);
    }

    /** Creates the recommender's folder with its {@code inbox/} and {@code receipts/}; returns the site folder. */
    public Path prepare(String code) throws IOException {
        Path site = site(code);
        createPrivateFolders(site.resolve(INBOX));
        createPrivateFolders(site.resolve(RECEIPTS));
        return site;
    }

    /**
     * Creates {@code folder} and its missing parents below nothing in particular, giving every
     * folder it creates (and {@code folder} itself) {@link #FOLDER_PERMISSIONS}.
     */
    public static void createPrivateFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            restrict(absolute, FOLDER_PERMISSIONS);
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createPrivateFolders(parent);
        }
        try {
            Files.createDirectory(absolute);
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            if (!Files.isDirectory(absolute)) {
                throw raced;
            }
        }
        restrict(absolute, FOLDER_PERMISSIONS);
    }

    /** Sets POSIX permissions where the file system has them (a no-op elsewhere). */
    public static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            view.setPermissions(permissions);
        }
    }
}
