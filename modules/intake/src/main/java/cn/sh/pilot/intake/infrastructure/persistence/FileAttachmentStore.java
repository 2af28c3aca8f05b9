package cn.sh.pilot.intake.infrastructure.persistence;

import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.AttachmentStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Attachment bytes as files {@code <root>/<application id>/<file name>}. A file is written under a temporary name
 * in the same folder and moved into place only when the stream has been read to its end, so a failed or refused
 * upload leaves the earlier file (or none) untouched. File names were checked by {@code AttachFile}
 * ({@code cm:FileName}: no separators); this class still refuses any name that would leave the folder.
 */
public final class FileAttachmentStore implements AttachmentStore {

    private final Path root;

    public FileAttachmentStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    @Override
    public void store(ApplicationId application, String fileName, InputStream content) throws IOException {
        Path target = path(application, fileName);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".upload-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.transferTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Opens a kept file; the caller checks it against the metadata's size and SHA-256 where that matters. */
    public InputStream open(ApplicationId application, String fileName) throws IOException {
        return Files.newInputStream(path(application, fileName));
    }

    public boolean exists(ApplicationId application, String fileName) {
        return Files.isRegularFile(path(application, fileName));
    }

    private Path path(ApplicationId application, String fileName) {
        Path folder = root.resolve(application.toString());
        Path file = folder.resolve(fileName).normalize();
        if (!file.getParent().equals(folder) || fileName.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        return file;
    }
}
