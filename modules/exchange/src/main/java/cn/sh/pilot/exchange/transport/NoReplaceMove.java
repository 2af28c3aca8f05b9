package cn.sh.pilot.exchange.transport;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Publishes a completely written temporary file under its final name in one step, never
 * replacing an existing file: a hard link to the final name (which fails atomically if the name
 * exists) then removal of the temporary name. Where hard links are not available it falls back
 * to an atomic rename after checking the name is free.
 */
public final class NoReplaceMove {

    private NoReplaceMove() {
    }

    /** Moves {@code temporary} to {@code target}; throws {@link FileAlreadyExistsException} if the target exists. */
    public static void move(Path temporary, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "an existing file is never replaced");
        }
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Files.delete(temporary);
    }
}
