package cn.sh.pilot.archive.domain.bag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the payload manifest promises, for a verification to tick off file by file: each listed path
 * with its digest, whether it has been seen, and the running Payload-Oxum of what was found. Holds one
 * small entry per payload file (about 200 bytes), not the files.
 */
public final class PayloadIndex {

    private final Map<String, Listed> listed = new HashMap<>();
    private PayloadOxum found = new PayloadOxum(0, 0);

    private static final class Listed {
        final String sha256;
        boolean seen;

        Listed(String sha256) {
            this.sha256 = sha256;
        }
    }

    /** Adds a manifest line; false if the path was already listed. */
    public boolean add(ManifestLine line) {
        return listed.putIfAbsent(line.path(), new Listed(line.sha256())) == null;
    }

    /** The digest the manifest lists for {@code path}, if listed. */
    public Optional<String> expected(String path) {
        Listed l = listed.get(path);
        return l == null ? Optional.empty() : Optional.of(l.sha256);
    }

    /** Records that a file was found on disk with {@code size} bytes. */
    public void found(String path, long size) {
        Listed l = listed.get(path);
        if (l != null) {
            l.seen = true;
        }
        found = found.plus(size);
    }

    /** Listed paths not found on disk, sorted. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        listed.forEach((path, l) -> {
            if (!l.seen) {
                missing.add(path);
            }
        });
        missing.sort(null);
        return missing;
    }

    public int size() {
        return listed.size();
    }

    /** The Payload-Oxum of the files found so far. */
    public PayloadOxum foundOxum() {
        return found;
    }
}
