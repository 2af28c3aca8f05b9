package cn.sh.pilot.archive.application;

import java.io.IOException;
import java.nio.file.Path;

import cn.sh.pilot.archive.api.BagFormat;
import cn.sh.pilot.contracts.error.RefusedException;

/** Port: where export bags are written. */
public interface BagStore {

    /**
     * Starts a bag that will appear at {@code target} only when {@link BagDraft#complete} succeeds.
     *
     * @throws RefusedException {@code export-target-exists} if {@code target} exists
     */
    BagDraft begin(Path target, BagFormat format) throws IOException, RefusedException;
}
