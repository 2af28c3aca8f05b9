package cn.sh.pilot.exchange.corpus;

import java.io.FilePermission;
import java.net.SocketPermission;
import java.net.URLPermission;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;

/**
 * A security manager that allows everything and records two things while armed: every file read
 * other than the one allowed file, and every attempt to resolve a host or open a connection. The
 * JDK asks the security manager before each such operation (file streams and channels, sockets,
 * URL connections), so an empty record proves the code under test did neither.
 */
@SuppressWarnings("removal")
final class RecordingSecurityManager extends SecurityManager {

    private final List<String> foreignReads = new ArrayList<>();
    private final List<String> connections = new ArrayList<>();
    private volatile String allowedFile;
    private volatile boolean armed;
    private final ThreadLocal<Boolean> recording = ThreadLocal.withInitial(() -> false);

    /** Starts recording, allowing reads of {@code file} only. */
    synchronized void arm(String file) {
        foreignReads.clear();
        connections.clear();
        allowedFile = file;
        armed = true;
    }

    synchronized void disarm() {
        armed = false;
    }

    synchronized List<String> foreignReads() {
        return List.copyOf(foreignReads);
    }

    synchronized List<String> connections() {
        return List.copyOf(connections);
    }

    @Override
    public void checkPermission(Permission perm) {
        if (!armed || recording.get()) {
            return;
        }
        recording.set(true);
        try {
            record(perm);
        } finally {
            recording.set(false);
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }

    private synchronized void record(Permission perm) {
        if (perm instanceof FilePermission && perm.getActions().contains("read") && !perm.getName().equals(allowedFile)) {
            foreignReads.add(perm.getName());
        } else if (perm instanceof SocketPermission || perm instanceof URLPermission) {
            connections.add(perm.getName() + " " + perm.getActions());
        }
    }
}
