package cn.sh.pilot.exchange.container;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Receives each entry's bytes as they are read and checked, so a package can be rewritten in the
 * same single pass (the signer copies entries into the signed package this way).
 */
@FunctionalInterface
public interface EntryCopier {

    /**
     * A stream for the entry's bytes, closed when the entry ends; {@code null} to skip the entry.
     */
    OutputStream open(EntryName name, EntryRole role) throws IOException;
}
