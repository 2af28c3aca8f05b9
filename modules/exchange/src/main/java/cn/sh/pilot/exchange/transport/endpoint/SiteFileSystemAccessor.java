package cn.sh.pilot.exchange.transport.endpoint;

import cn.sh.pilot.exchange.transport.NoReplaceMove;
import cn.sh.pilot.exchange.transport.SiteFolders;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.sshd.sftp.server.DirectoryHandle;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

/**
 * Applies {@link SiteAccessPolicy} to every SFTP file operation of a session. Paths arrive
 * already confined to the session's site folder (a rooted virtual file system); this class
 * decides what may be done inside it. A rename never replaces an existing file: it is a hard
 * link to the new name (which fails if the name exists) followed by removal of the old name.
 */
final class SiteFileSystemAccessor implements SftpFileSystemAccessor {

    private static final Logger LOG = Logger.getLogger(SiteFileSystemAccessor.class.getName());

    private final SiteAccessPolicy policy;

    SiteFileSystemAccessor(SiteAccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public SeekableByteChannel openFile(SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file, String handle,
            Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
        List<String> path = segments(file);
        boolean writes = options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
        boolean reads = options.contains(StandardOpenOption.READ) || !writes;
        if (writes && !policy.mayWrite(path) || reads && !policy.mayRead(path)) {
            throw refuse(subsystem, writes ? "write" : "read", path);
        }
        boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        // the client's requested permissions are ignored: received files are rw-r-----
        SeekableByteChannel channel = SftpFileSystemAccessor.super.openFile(subsystem, fileHandle, file, handle, options);
        if (writes && !existed) {
            SiteFolders.restrict(file, SiteFolders.FILE_PERMISSIONS);
        }
        return channel;
    }

    @Override
    public DirectoryStream<Path> openDirectory(SftpSubsystemProxy subsystem, DirectoryHandle dirHandle, Path dir,
            String handle, LinkOption... linkOptions) throws IOException {
        List<String> path = segments(dir);
        if (!policy.mayList(path)) {
            throw refuse(subsystem, "list", path);
        }
        return SftpFileSystemAccessor.super.openDirectory(subsystem, dirHandle, dir, handle, linkOptions);
    }

    @Override
    public void renameFile(SftpSubsystemProxy subsystem, Path oldPath, Path newPath, Collection<CopyOption> opts)
            throws IOException {
        List<String> from = segments(oldPath);
        List<String> to = segments(newPath);
        if (!policy.mayRename(from, to)) {
            throw refuse(subsystem, "rename to /" + String.join("/", to) + " from", from);
        }
        if (!Files.isRegularFile(oldPath, LinkOption.NOFOLLOW_LINKS)) {
            throw new java.nio.file.NoSuchFileException(oldPath.toString());
        }
        NoReplaceMove.move(oldPath, newPath);
        LOG.info(() -> "sftp " + user(subsystem) + ": /" + String.join("/", to) + " complete");
    }

    @Override
    public void removeFile(SftpSubsystemProxy subsystem, Path path, boolean isDirectory) throws IOException {
        List<String> segments = segments(path);
        if (isDirectory || !policy.mayRemove(segments)) {
            throw refuse(subsystem, "remove", segments);
        }
        SftpFileSystemAccessor.super.removeFile(subsystem, path, false);
    }

    @Override
    public void createDirectory(SftpSubsystemProxy subsystem, Path path) throws IOException {
        throw refuse(subsystem, "mkdir", segments(path));
    }

    @Override
    public void createLink(SftpSubsystemProxy subsystem, Path link, Path existing, boolean symLink) throws IOException {
        throw refuse(subsystem, "link", segments(link));
    }

    @Override
    public void copyFile(SftpSubsystemProxy subsystem, Path src, Path dst, Collection<CopyOption> opts)
            throws IOException {
        throw refuse(subsystem, "copy", segments(dst));
    }

    @Override
    public void setFileAttribute(SftpSubsystemProxy subsystem, Path file, String view, String attribute, Object value,
            LinkOption... options) throws IOException {
        List<String> path = segments(file);
        if (!policy.mayWrite(path)) {
            throw refuse(subsystem, "set " + attribute + " of", path);
        }
        if ("permissions".equals(attribute)) {
            return; // received files keep rw-r-----, whatever the client asks for
        }
        SftpFileSystemAccessor.super.setFileAttribute(subsystem, file, view, attribute, value, options);
    }

    @Override
    public void setFilePermissions(SftpSubsystemProxy subsystem, Path path, Set<PosixFilePermission> perms,
            LinkOption... options) throws IOException {
        List<String> segments = segments(path);
        if (!policy.mayWrite(segments)) {
            throw refuse(subsystem, "chmod", segments);
        }
        // a temporary upload keeps rw-r-----, whatever the client asks for
    }

    @Override
    public void setFileOwner(SftpSubsystemProxy subsystem, Path path, Principal value, LinkOption... options)
            throws IOException {
        throw refuse(subsystem, "chown", segments(path));
    }

    @Override
    public void setGroupOwner(SftpSubsystemProxy subsystem, Path path, Principal value, LinkOption... options)
            throws IOException {
        throw refuse(subsystem, "chgrp", segments(path));
    }

    @Override
    public void setFileAccessControl(SftpSubsystemProxy subsystem, Path path, List<AclEntry> acl,
            LinkOption... options) throws IOException {
        throw refuse(subsystem, "set ACL of", segments(path));
    }

    /** The path below the session root as normalised segments ({@code ..} cannot climb above the root). */
    static List<String> segments(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        List<String> segments = new ArrayList<>(normal.getNameCount());
        for (Path part : normal) {
            String name = part.toString();
            if (!name.isEmpty()) {
                segments.add(name);
            }
        }
        return segments;
    }

    private AccessDeniedException refuse(SftpSubsystemProxy subsystem, String operation, List<String> path) {
        LOG.info(() -> "sftp " + user(subsystem) + ": refused " + operation + " /" + String.join("/", path));
        return new AccessDeniedException("/" + String.join("/", path), null, policy.explain(path));
    }

    private static String user(SftpSubsystemProxy subsystem) {
        return subsystem.getServerSession() == null ? "?" : subsystem.getServerSession().getUsername();
    }
}
