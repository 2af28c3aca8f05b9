package cn.sh.pilot.exchange.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.sh.pilot.exchange.transport.NoReplaceMove;
import cn.sh.pilot.exchange.transport.SiteFolders;

/**
 * The write-once store of everything received: {@code <dataDir>/store/sha256/<ab>/<hex>.zip}.
 *
 * <p>{@link #put(Path)} copies a file to a temporary name inside the store
 * ({@code <dataDir>/store/tmp/}), computing its SHA-256 while copying, forces it to disk, makes it
 * read-only and publishes it under its digest with a move that never replaces: a digest already
 * present is never written again. Only after {@code put} returns may the caller remove the
 * original, so a crash at any point leaves the bytes either still in the inbox or in the store.
 * The store is safe for several threads and processes sharing the folder.
 */
public final class PackageStore {

    /** {@code r--r-----}: nothing in the store is ever written twice. */
    public static final Set<PosixFilePermission> STORED_PERMISSIONS = PosixFilePermissions.fromString("r--r-----");

    private final Path root;
    private final Path temporary;

    private PackageStore(Path root) {
        this.root = root;
        this.temporary = root.resolve("tmp");
    }

    /** The store under {@code <dataDir>/store}, created if missing. */
    public static PackageStore open(Path dataDir) throws IOException {
        PackageStore store = new PackageStore(dataDir.toAbsolutePath().normalize().resolve("store"));
        SiteFolders.createPrivateFolders(store.root.resolve("sha256"));
        SiteFolders.createPrivateFolders(store.temporary);
        return store;
    }

    /** Copies {@code file} into the store (unless its digest is there already) and says where it is. */
    public StoredPackage put(Path file) throws IOException {
        Path copy = temporary.resolve(UUID.randomUUID() + ".part");
        try {
            String sha256;
            long size;
            try (InputStream raw = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                    DigestInputStream in = new DigestInputStream(raw, Sha256.digest());
                    FileChannel channel = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                size = in.transferTo(out);
                channel.force(true);
                sha256 = Sha256.hex(in.getMessageDigest().digest());
            }
            Path target = path(sha256);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return new StoredPackage(sha256, Files.size(target), target);
            }
            SiteFolders.restrict(copy, STORED_PERMISSIONS);
            SiteFolders.createPrivateFolders(target.getParent());
            try {
                NoReplaceMove.move(copy, target);
                forceFolder(target.getParent());
            } catch (FileAlreadyExistsException storedMeanwhile) {
                // the same bytes arrived twice at once: the first copy stands
            }
            return new StoredPackage(sha256, size, target);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Where the package with this digest is (or would be) kept. */
    public Path path(String sha256) {
        Sha256.require(sha256);
        return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256 + ".zip");
    }

    /** The stored package with this digest, if the store holds it. */
    public Optional<StoredPackage> find(String sha256) throws IOException {
        Path path = path(sha256);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(new StoredPackage(sha256, Files.size(path), path));
    }

    /** The SHA-256 of any file, computed the way {@link #put} does (to recognise a file already stored). */
    public static String digestOf(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                DigestInputStream in = new DigestInputStream(raw, Sha256.digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return Sha256.hex(in.getMessageDigest().digest());
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisFileSystem) {
            // best effort: some file systems cannot sync a directory
        }
    }
}
