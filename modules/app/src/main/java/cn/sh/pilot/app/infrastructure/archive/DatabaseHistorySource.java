package cn.sh.pilot.app.infrastructure.archive;

import cn.sh.pilot.archive.api.Organisation;
import cn.sh.pilot.archive.api.PackageEntry;
import cn.sh.pilot.archive.api.PackageHistory;
import cn.sh.pilot.archive.api.ProjectDescription;
import cn.sh.pilot.archive.api.ProjectHistory;
import cn.sh.pilot.archive.api.ProjectHistorySource;
import cn.sh.pilot.archive.api.Selection;
import cn.sh.pilot.contracts.archive.v1.PackageDirection;
import cn.sh.pilot.contracts.archive.v1.PackageRole;
import cn.sh.pilot.contracts.archive.v1.PackageVerdict;
import cn.sh.pilot.contracts.archive.v1.ProjectStatus;
import cn.sh.pilot.contracts.audit.AuditEntry;
import cn.sh.pilot.contracts.common.v1.DirectionGroup;
import cn.sh.pilot.contracts.common.v1.PilotKind;
import cn.sh.pilot.contracts.common.v1.ProjectType;
import cn.sh.pilot.exchange.inbox.PackageStore;
import cn.sh.pilot.exchange.inbox.InboxFolders;
import cn.sh.pilot.exchange.transport.inbox.InboxChannel;
import cn.sh.pilot.review.api.ArchiveFeed;
import cn.sh.pilot.review.api.ArchiveQuery;
import cn.sh.pilot.review.api.ArchivedItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * Project histories from the database, one at a time. Today a project's life on the municipal site is what review
 * imported ({@link ArchiveFeed}): one history per application, made of its items (an application corrected and sent
 * again has several), the batch packages that brought them (bit-exact from the write-once store, with the ledger's
 * digest and verdict), the signed receipts the inbox answered with, and every audit-log entry about the item, the
 * application, the batch or the package. When the projects module publishes its own feed (project number, approval,
 * term, acceptance), it joins here by application id.
 */
public final class DatabaseHistorySource implements ProjectHistorySource {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final DataSource dataSource;
    private final ArchiveFeed review;
    private final PackageStore store;
    private final InboxFolders folders;
    private final Map<String, List<PackageEntry>> recentEntries = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<PackageEntry>> eldest) {
            return size() > 4;
        }
    };
    private Map<String, String> recommenderNames;

    /**
     * @param dataSource the application's database
     * @param dataDir    the site's data directory ({@code store/}, {@code sftp/}, {@code dropbox/})
     * @param review     review's feed of imported items
     */
    public DatabaseHistorySource(DataSource dataSource, Path dataDir, ArchiveFeed review) throws IOException {
        this.dataSource = dataSource;
        this.review = review;
        this.store = PackageStore.open(dataDir);
        this.folders = new InboxFolders(dataDir.toAbsolutePath().normalize().resolve("sftp"), dataDir);
    }

    @Override
    public long count(Selection selection) {
        return query(selection).map(review::countApplications).orElse(0L);
    }

    @Override
    public Stream<ProjectHistory> histories(Selection selection) {
        java.util.Optional<ArchiveQuery> query = query(selection);
        if (query.isEmpty()) {
            return Stream.empty();
        }
        Stream<ArchivedItem> items = review.items(query.get());
        Grouping grouping = new Grouping(items.iterator());
        return StreamSupport.stream(grouping, false).onClose(items::close);
    }

    /** The selection in review's words; empty when its statuses name none that review has. */
    static java.util.Optional<ArchiveQuery> query(Selection s) {
        Set<String> statuses = new LinkedHashSet<>();
        for (ProjectStatus status : s.statuses()) {
            statuses.addAll(ItemStatuses.of(status));
        }
        if (!s.statuses().isEmpty() && statuses.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ArchiveQuery(s.callId(), s.year(), s.recommenderCode(), statuses, s.from(),
                s.to()));
    }

    /** Consecutive items of one application make one history. */
    private final class Grouping extends Spliterators.AbstractSpliterator<ProjectHistory> {

        private final Iterator<ArchivedItem> items;
        private ArchivedItem pending;

        Grouping(Iterator<ArchivedItem> items) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.items = items;
        }

        @Override
        public boolean tryAdvance(java.util.function.Consumer<? super ProjectHistory> action) {
            if (pending == null && !items.hasNext()) {
                return false;
            }
            List<ArchivedItem> group = new ArrayList<>();
            group.add(pending != null ? pending : items.next());
            pending = null;
            while (items.hasNext()) {
                ArchivedItem next = items.next();
                if (!next.applicationId().equals(group.get(0).applicationId())) {
                    pending = next;
                    break;
                }
                group.add(next);
            }
            action.accept(history(group));
            return true;
        }
    }

    private ProjectHistory history(List<ArchivedItem> items) {
        ArchivedItem first = items.get(0);
        ArchivedItem last = items.get(items.size() - 1);
        try (Connection c = dataSource.getConnection()) {
            Set<String> packages = new LinkedHashSet<>();
            Set<String> ids = new LinkedHashSet<>();
            ids.add(first.applicationId());
            for (ArchivedItem i : items) {
                packages.add(i.packageSha256());
                ids.add(i.itemId());
                ids.add(i.batchId());
            }
            ids.addAll(packages);
            List<PackageHistory> histories = new ArrayList<>();
            for (String sha : packages) {
                histories.addAll(packageHistories(c, sha));
            }
            ProjectDescription description = new ProjectDescription(last.projectNumber(), UUID.fromString(first.applicationId()),
                    last.projectName(), new Organisation(last.applicantUscc(), last.applicantName()),
                    recommender(c, last.recommender()), last.callId(), ProjectType.fromValue(last.declaredType()),
                    last.pilotKind() == null ? null : PilotKind.fromValue(last.pilotKind()),
                    last.directionGroup() == null ? null : DirectionGroup.fromValue(last.directionGroup()),
                    last.direction(), ItemStatuses.project(last.status()), dayOf(last), last.termStart(), last.termEnd(),
                    closed(last), null, false);
            return new ProjectHistory(description, histories, auditEntries(c, ids));
        } catch (SQLException e) {
            throw new IllegalStateException("project history of application " + first.applicationId()
                    + " not readable: " + e.getMessage(), e);
        }
    }

    /**
     * The day the application's current version reached the municipal site (申报日期 of what is under review; a
     * corrected application counts from its correction) — the day a selection's date range is compared with.
     */
    private static LocalDate dayOf(ArchivedItem item) {
        return item.importedAt().atZoneSameInstant(SHANGHAI).toLocalDate();
    }

    /** A rejection closes the file; review does not publish the decision day yet, so the day of the last import. */
    private static LocalDate closed(ArchivedItem item) {
        return "REJECTED".equals(item.status()) ? dayOf(item) : null;
    }

    /** The received package as the ledger recorded it, then each receipt the inbox answered it with. */
    private List<PackageHistory> packageHistories(Connection c, String sha) throws SQLException {
        List<PackageHistory> out = new ArrayList<>();
        String account;
        try (PreparedStatement st = c.prepareStatement("SELECT size_bytes, account, first_received_at, verdict"
                + " FROM inbox_package WHERE sha256 = ?")) {
            st.setString(1, sha);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("package " + sha + " is not in the inbox ledger");
                }
                account = rs.getString(2);
                String verdict = rs.getString(4);
                Path original = store.path(sha);
                out.add(new PackageHistory(PackageRole.RECOMMENDATION_BATCH, PackageDirection.RECEIVED, sha + ".zip", sha,
                        rs.getLong(1), recommender(c, account), rs.getObject(3, OffsetDateTime.class),
                        verdict == null ? null : PackageVerdict.valueOf(verdict.strip()), entries(sha, original),
                        original));
            }
        }
        try (PreparedStatement st = c.prepareStatement("SELECT channel, account, receipt_name, receipt_written_at"
                + " FROM inbox_arrival WHERE sha256 = ? AND receipt_name IS NOT NULL ORDER BY number")) {
            st.setString(1, sha);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(3);
                    Path receipt = folders.receipts(InboxChannel.valueOf(rs.getString(1).strip()), rs.getString(2))
                            .resolve(name);
                    out.add(new PackageHistory(PackageRole.RECEIPT, PackageDirection.SENT, name, digest(receipt),
                            size(receipt), Organisation.MUNICIPAL, rs.getObject(4, OffsetDateTime.class), null,
                            List.of(), receipt));
                }
            }
        }
        return out;
    }

    /**
     * A receipt's digest: the ledger records its name, not its bytes' digest, so it is taken from the file the
     * inbox wrote (a missing receipt makes the export refuse with {@code original-missing}).
     */
    private static String digest(Path file) {
        try {
            return Files.isRegularFile(file) ? PackageStore.digestOf(file) : "0".repeat(64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<AuditEntry> auditEntries(Connection c, Set<String> entityIds) throws SQLException {
        String marks = String.join(", ", entityIds.stream().map(i -> "?").toList());
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, occurred_at, actor, action, entity_type, entity_id,"
                + " before_json, after_json, hash FROM audit_event WHERE entity_id IN (" + marks + ") ORDER BY id")) {
            int i = 0;
            for (String id : entityIds) {
                st.setString(++i, id);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9)));
                }
            }
        }
        return out;
    }

    private Organisation recommender(Connection c, String code) throws SQLException {
        if (recommenderNames == null) {
            Map<String, String> names = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT code, name_zh FROM recommender");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                }
            }
            recommenderNames = names;
        }
        return new Organisation(code, recommenderNames.getOrDefault(code, code));
    }

    /** The entries of a package, remembered for the last few: a batch is shared by the applications that follow each other. */
    private List<PackageEntry> entries(String sha, Path original) {
        return recentEntries.computeIfAbsent(sha, s -> ZipEntries.read(original));
    }
}
