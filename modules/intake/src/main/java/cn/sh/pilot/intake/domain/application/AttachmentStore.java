package cn.sh.pilot.intake.domain.application;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of attachments are kept, by application and file name; {@link AttachmentMetadata} records their
 * type, size and SHA-256 so that whoever reads them back (the package builder, the console) can check them.
 */
public interface AttachmentStore {

    /**
     * Reads {@code content} to its end and keeps it as {@code fileName} of {@code application}, replacing an earlier
     * file of that name. When reading fails — an I/O error, or the stream refusing content that is too large —
     * nothing new is kept and the exception is passed on unchanged.
     */
    void store(ApplicationId application, String fileName, InputStream content) throws IOException;
}
