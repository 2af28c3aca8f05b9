package cn.sh.pilot.archive.application;

import java.io.IOException;
import java.nio.file.Path;

import cn.sh.pilot.archive.domain.bag.PayloadOxum;
import cn.sh.pilot.contracts.error.RefusedException;

/**
 * Port: a bag being written out of sight (a hidden staging folder). Files are digested as they are
 * written and listed in the payload manifest at once; nothing is held in memory. Closing a draft that
 * was not completed removes everything it wrote.
 */
public interface BagDraft extends AutoCloseable {

    /** Writes {@code data/<folder>/record.xml} (to a temporary name first, then moved into place). */
    void addRecord(String folder, byte[] validatedXml) throws IOException;

    /**
     * Copies an original bit-exact to {@code data/<folder>/originals/<fileName>}, digesting while copying.
     *
     * @throws RefusedException {@code original-missing}, or {@code original-digest-mismatch} when the copy's
     *                          SHA-256 is not {@code expectedSha256}
     */
    void addOriginal(String folder, String fileName, Path source, String expectedSha256) throws IOException, RefusedException;

    /**
     * Writes {@code bagit.txt}, {@code bag-info.txt} and the tag manifest, signs the bag with the municipal
     * key, and moves it to its target (packing it first when the format is ZIP).
     *
     * @return the payload's Payload-Oxum
     */
    PayloadOxum complete(BagDescription description) throws IOException, RefusedException;

    /** Removes what was written unless {@link #complete} succeeded. */
    @Override
    void close() throws IOException;
}
