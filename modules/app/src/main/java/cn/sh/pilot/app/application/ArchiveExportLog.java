package cn.sh.pilot.app.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The history of the console's archive exports (table {@code archive_export}). */
public interface ArchiveExportLog {

    /** One export: who, when, which selection, and — once finished — how many records, the file and its digest. */
    record ExportLine(long id, String requestedBy, OffsetDateTime requestedAt, String selection, String format,
                      String state, String fileName, String exportId, Long records, Long sizeBytes, String sha256,
                      OffsetDateTime finishedAt, String errorId, String errorZh, String errorEn) {

        public boolean isRunning() {
            return "RUNNING".equals(state);
        }

        public boolean isDone() {
            return "DONE".equals(state);
        }
    }

    /** A new export's id, from the sequence. */
    long nextId();

    void begin(long id, String requestedBy, OffsetDateTime at, String selection, String format, String fileName);

    void done(long id, UUID exportId, long records, long sizeBytes, String sha256, OffsetDateTime at);

    void failed(long id, String errorId, String zh, String en, OffsetDateTime at);

    /** Exports still RUNNING when the site stopped: they never finish, so they are marked failed at start. */
    int abandonRunning(String errorId, String zh, String en, OffsetDateTime at);

    List<ExportLine> recent(int max);

    Optional<ExportLine> find(long id);
}
