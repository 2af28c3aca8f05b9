package cn.sh.pilot.app.application;

import cn.sh.pilot.app.application.ArchiveExportLog.ExportLine;
import cn.sh.pilot.archive.api.ArchiveError;
import cn.sh.pilot.archive.api.BagFormat;
import cn.sh.pilot.archive.api.ExportRequest;
import cn.sh.pilot.archive.api.ExportResult;
import cn.sh.pilot.archive.api.Exporter;
import cn.sh.pilot.archive.api.Selection;
import cn.sh.pilot.contracts.error.ErrorId;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.inbox.PackageStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The archivist's exports in the console: an export runs on the container's managed executor (never on the request
 * thread), reports its progress here while it runs, and leaves a line in the export history (who, when, selection,
 * count, digest) and an entry in the audit log. Only a complete, validated and signed ZIP is ever offered: archive's
 * export writes under a temporary name and refuses (nothing written) otherwise.
 */
@ApplicationScoped
public class ArchiveDesk {

    private static final Logger LOG = Logger.getLogger(ArchiveDesk.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** How far a running export is: projects written of the total. */
    public record Running(long done, long total) {

        public int percent() {
            return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        }
    }

    @Inject
    ArchiveExportLog log;
    @Inject
    ArchiveExporter exporter;
    @Inject
    AuditLog audit;
    @Resource
    ManagedExecutorService executor;

    private final Map<Long, Running> running = new ConcurrentHashMap<>();

    /**
     * Starts an export of {@code selection} for the archivist {@code username} ({@code name}, shown in the record);
     * returns its id at once. An incoherent selection is refused before anything starts.
     */
    public long start(Selection selection, String username, String name) throws RefusedException {
        if (!selection.isCoherent()) {
            throw new RefusedException(ArchiveError.SELECTION_INVALID, "from " + selection.from() + " after to " + selection.to());
        }
        OffsetDateTime now = ShanghaiTime.now();
        long id = log.nextId();
        String fileName = "archive-" + STAMP.format(now) + "-" + id + ".zip";
        log.begin(id, username, now, selection.describe(), BagFormat.ZIP.name(), fileName);
        running.put(id, new Running(0, 0));
        Exporter who = new Exporter(name, "档案管理员");
        executor.submit(() -> run(id, selection, fileName, username, who));
        return id;
    }

    private void run(long id, Selection selection, String fileName, String username, Exporter who) {
        Path target = exporter.folder().resolve(fileName);
        String sha256;
        ExportResult r;
        try {
            Files.createDirectories(exporter.folder());
            r = exporter.export(new ExportRequest(selection, target, BagFormat.ZIP, who),
                    (done, total) -> running.put(id, new Running(done, total)));
            sha256 = PackageStore.digestOf(r.bag());
            log.done(id, r.exportId(), r.records(), Files.size(r.bag()), sha256, ShanghaiTime.now());
        } catch (RefusedException e) {
            fail(id, username, e.error(), e.detail());
            return;
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, "archive export " + id + " failed: " + e, e);
            fail(id, username, ArchiveError.EXPORT_WRITE_FAILED, String.valueOf(e.getMessage()));
            return;
        } finally {
            running.remove(id);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("selection", selection.describe());
        after.put("records", r.records());
        after.put("file", fileName);
        after.put("sha256", sha256);
        after.put("exportId", r.exportId().toString());
        try {
            audit.recordAs(username, "archive.export.written", "archive_export", Long.toString(id), null, after);
        } catch (RuntimeException e) {
            // the export is written and listed; only its audit entry is missing: say so loudly, do not hide the file
            LOG.log(Level.SEVERE, "archive export " + id + " written, but not audited: " + e, e);
        }
    }

    private void fail(long id, String username, ErrorId error, String detail) {
        try {
            log.failed(id, error.id(), error.zh() + (detail == null ? "" : "（" + detail + "）"),
                    error.en() + (detail == null ? "" : " (" + detail + ")"), ShanghaiTime.now());
            audit.recordAs(username, "archive.export.refused", "archive_export", Long.toString(id), null,
                    Map.of("error", error.id()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "archive export " + id + ": failure not recorded: " + e, e);
        }
    }

    /** Marks what a stopped site left running as failed; called once at start. */
    public void abandonLeftovers() {
        int n = log.abandonRunning(ArchiveError.EXPORT_WRITE_FAILED.id(), "导出因系统停止而中断，未写出任何文件，请重新导出。",
                "The export was interrupted when the site stopped; nothing was written. Start it again.", ShanghaiTime.now());
        if (n > 0) {
            LOG.warning(() -> n + " archive export(s) interrupted by the last stop marked failed");
        }
    }

    public List<ExportLine> history(int max) {
        return log.recent(max);
    }

    public Optional<ExportLine> find(long id) {
        return log.find(id);
    }

    /** Progress of a running export (empty when it is not running in this instance). */
    public Optional<Running> progress(long id) {
        return Optional.ofNullable(running.get(id));
    }

    /** The ZIP of a finished export, if it is still there. */
    public Optional<Path> file(long id) {
        return log.find(id).filter(ExportLine::isDone).map(l -> exporter.folder().resolve(l.fileName()))
                .filter(Files::isRegularFile);
    }
}
