package cn.sh.pilot.app.infrastructure.review;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts a signed package under its final name when the transaction commits and drops it otherwise, so a package
 * appears where others pick it up only together with the database change that made it.
 */
record MoveAfterCommit(Path signed, Path target, String what) implements Synchronization {

    private static final Logger LOG = Logger.getLogger(MoveAfterCommit.class.getName());

    @Override
    public void beforeCompletion() {
    }

    @Override
    public void afterCompletion(int status) {
        try {
            if (status == Status.STATUS_COMMITTED) {
                Files.move(signed, target, StandardCopyOption.ATOMIC_MOVE);
                LOG.info(() -> what + ": " + target);
            } else {
                Files.deleteIfExists(signed);
            }
        } catch (IOException e) {
            LOG.log(Level.SEVERE, what + " " + signed + " could not be moved to " + target, e);
        }
    }
}
