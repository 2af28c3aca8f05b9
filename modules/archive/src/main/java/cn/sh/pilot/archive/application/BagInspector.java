package cn.sh.pilot.archive.application;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import cn.sh.pilot.archive.api.ArchiveCheck;
import cn.sh.pilot.archive.domain.bag.PayloadIndex;
import cn.sh.pilot.archive.domain.bag.PayloadOxum;
import cn.sh.pilot.contracts.error.RefusedException;

/** Port: reads an export bag (folder or ZIP) for verification and reports what it finds, file by file. */
public interface BagInspector {

    /** An opened bag: its root folder (a temporary one for a ZIP, removed on close). */
    interface OpenedBag extends AutoCloseable {
        Path root();

        @Override
        void close() throws IOException;
    }

    /** @throws RefusedException {@code bag-unreadable} */
    OpenedBag open(Path bagOrZip) throws RefusedException;

    /**
     * Checks {@code bagit.txt}, {@code bag-info.txt}, the tag manifest and the municipal signature.
     *
     * @return the Payload-Oxum {@code bag-info.txt} declares, if readable
     */
    Optional<PayloadOxum> checkTagFiles(Path root, Consumer<ArchiveCheck> sink);

    /** Reads {@code manifest-sha256.txt} into an index; malformed lines are reported. */
    PayloadIndex readManifest(Path root, Consumer<ArchiveCheck> sink);

    /** The folder names under {@code data/}, sorted; files lying directly in {@code data/} are checked here. */
    List<String> projectFolders(Path root, PayloadIndex index, Consumer<ArchiveCheck> sink);

    /**
     * Digests every file of {@code data/<folder>/} and compares it with the index.
     *
     * @return each file's path relative to the folder (e.g. {@code originals/x.zip}) with its actual SHA-256
     */
    Map<String, String> checkFolder(Path root, String folder, PayloadIndex index, Consumer<ArchiveCheck> sink);

    /** Reports listed files never found and a Payload-Oxum that does not match what was found. */
    void checkCompleteness(PayloadIndex index, Optional<PayloadOxum> declared, Consumer<ArchiveCheck> sink);
}
