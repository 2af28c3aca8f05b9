package cn.sh.pilot.archive.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import cn.sh.pilot.archive.api.ArchiveError;
import cn.sh.pilot.archive.api.ExportRequest;
import cn.sh.pilot.archive.api.ExportResult;
import cn.sh.pilot.archive.api.PackageHistory;
import cn.sh.pilot.archive.api.ProjectDescription;
import cn.sh.pilot.archive.api.ProjectHistory;
import cn.sh.pilot.archive.api.ProjectHistorySource;
import cn.sh.pilot.archive.api.Progress;
import cn.sh.pilot.archive.domain.bag.BagLayout;
import cn.sh.pilot.archive.domain.bag.PayloadOxum;
import cn.sh.pilot.archive.domain.retention.RetentionDecision;
import cn.sh.pilot.archive.domain.retention.RetentionFacts;
import cn.sh.pilot.archive.domain.retention.RetentionPolicy;
import cn.sh.pilot.contracts.archive.v1.ProjectStatus;
import cn.sh.pilot.contracts.error.RefusedException;

/**
 * Exports the selected projects as one signed BagIt bag: per project a schema-valid archival record and
 * the original packages bit-exact. Streams: one project is in memory at a time, digests are computed
 * while copying, manifest lines go to disk as files are written. All or nothing: the bag is built in a
 * hidden staging folder and appears under its name only once complete and signed; any refusal (an
 * invalid record, a damaged original …) removes everything written so far.
 */
public final class ArchiveExport {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ProjectHistorySource source;
    private final RecordSerializer records;
    private final BagStore bags;
    private final RetentionPolicy retention;
    private final Clock clock;

    public ArchiveExport(ProjectHistorySource source, RecordSerializer records, BagStore bags,
                         RetentionPolicy retention, Clock clock) {
        this.source = Objects.requireNonNull(source);
        this.records = Objects.requireNonNull(records);
        this.bags = Objects.requireNonNull(bags);
        this.retention = Objects.requireNonNull(retention);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Runs one export.
     *
     * @param progress told {@code (done, total)} after each project
     * @throws RefusedException with an {@link ArchiveError} id; nothing is left at the target then
     */
    public ExportResult export(ExportRequest request, Progress progress) throws RefusedException {
        if (!request.selection().isCoherent()) {
            throw new RefusedException(ArchiveError.SELECTION_INVALID, request.selection().describe());
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), SHANGHAI);
        ExportStamp stamp = new ExportStamp(UUID.randomUUID(), request.exporter(), now);
        long total = count(request);
        try (BagDraft draft = bags.begin(request.target(), request.format());
             Stream<ProjectHistory> histories = source.histories(request.selection())) {
            long done = 0;
            Set<String> folders = new HashSet<>();
            Iterator<ProjectHistory> it = histories.iterator();
            while (hasNext(it)) {
                ProjectHistory history = next(it);
                String folder = folderOf(history.description());
                if (!folders.add(folder)) {
                    throw new RefusedException(ArchiveError.PROJECT_DUPLICATE, folder);
                }
                checkOriginalNames(folder, history);
                byte[] xml = serialize(folder, history, stamp);
                draft.addRecord(folder, xml);
                for (PackageHistory p : history.packages()) {
                    draft.addOriginal(folder, p.fileName(), p.original(), p.sha256());
                }
                done++;
                progress.advanced(done, Math.max(total, done));
            }
            PayloadOxum oxum = draft.complete(new BagDescription(stamp.exportId(), request.exporter(), now,
                    request.selection().describe(), done));
            return new ExportResult(request.target(), stamp.exportId(), done, oxum.octets(), oxum.streams(), now);
        } catch (IOException | UncheckedIOException e) {
            throw new RefusedException(ArchiveError.EXPORT_WRITE_FAILED, String.valueOf(e.getMessage()), e);
        }
    }

    /** The retention facts of a project, as {@link RetentionPolicy} reads them. */
    public static RetentionFacts factsOf(ProjectDescription d) {
        return new RetentionFacts(d.projectNumber() != null || d.approved() != null, d.result() != null,
                d.status() == ProjectStatus.REJECTED);
    }

    private long count(ExportRequest request) throws RefusedException {
        try {
            return source.count(request.selection());
        } catch (RuntimeException e) {
            throw new RefusedException(ArchiveError.SOURCE_FAILED, String.valueOf(e.getMessage()), e);
        }
    }

    private static boolean hasNext(Iterator<ProjectHistory> it) throws RefusedException {
        try {
            return it.hasNext();
        } catch (RuntimeException e) {
            throw new RefusedException(ArchiveError.SOURCE_FAILED, String.valueOf(e.getMessage()), e);
        }
    }

    private static ProjectHistory next(Iterator<ProjectHistory> it) throws RefusedException {
        try {
            return it.next();
        } catch (RuntimeException e) {
            throw new RefusedException(ArchiveError.SOURCE_FAILED, String.valueOf(e.getMessage()), e);
        }
    }

    private static String folderOf(ProjectDescription d) throws RefusedException {
        return BagLayout.projectFolder(d.projectNumber(), d.applicationId()).orElseThrow(() -> new RefusedException(
                ArchiveError.PROJECT_IDENTITY_MISSING, "project number " + d.projectNumber() + ", application " + d.applicationId()));
    }

    private static void checkOriginalNames(String folder, ProjectHistory history) throws RefusedException {
        Set<String> names = new HashSet<>();
        for (PackageHistory p : history.packages()) {
            if (!BagLayout.isSafeFileName(p.fileName()) || !names.add(p.fileName().toLowerCase(java.util.Locale.ROOT))) {
                throw new RefusedException(ArchiveError.ORIGINAL_NAME_INVALID, folder + ": " + p.fileName());
            }
        }
    }

    private byte[] serialize(String folder, ProjectHistory history, ExportStamp stamp) throws RefusedException {
        RetentionDecision decision = retention.decide(factsOf(history.description()));
        try {
            return records.serialize(history, decision, stamp);
        } catch (RefusedException e) {
            throw new RefusedException(ArchiveError.RECORD_INVALID,
                    BagLayout.recordPath(folder) + ": " + e.id() + (e.detail() == null ? "" : " — " + e.detail()), e);
        }
    }
}
