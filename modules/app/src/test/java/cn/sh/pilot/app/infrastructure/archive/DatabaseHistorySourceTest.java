package cn.sh.pilot.app.infrastructure.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.pilot.archive.api.PackageHistory;
import cn.sh.pilot.archive.api.ProjectHistory;
import cn.sh.pilot.archive.api.Selection;
import cn.sh.pilot.contracts.archive.v1.PackageRole;
import cn.sh.pilot.contracts.archive.v1.PackageVerdict;
import cn.sh.pilot.contracts.archive.v1.ProjectStatus;
import cn.sh.pilot.exchange.inbox.PackageStore;
import cn.sh.pilot.review.infrastructure.persistence.JdbcArchiveFeed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database-backed history source on the app's real schema (Flyway's migrations on an in-memory H2 database):
 * rows as the inbox and review write them, packages in a write-once store, receipts in the drop folder's receipts.
 */
class DatabaseHistorySourceTest {

    private static final String A = "11111111-1111-4111-8111-111111111111";
    private static final String B = "22222222-2222-4222-8222-222222222222";
    private static final OffsetDateTime MAY_16 = OffsetDateTime.parse("2023-05-16T02:00:00Z"); // 10:00 in Shanghai
    private static final OffsetDateTime MAY_20 = OffsetDateTime.parse("2023-05-19T17:00:00Z"); // 01:00 on the 20th

    @TempDir
    Path data;

    private JdbcDataSource db;
    private DatabaseHistorySource source;
    private String first;
    private String second;

    @BeforeEach
    void schemaAndRows() throws Exception {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        PackageStore store = PackageStore.open(data);
        first = stored(store, "batch-1");
        second = stored(store, "batch-2");
        try (Connection c = db.getConnection()) {
            pkg(c, first, MAY_16);
            pkg(c, second, MAY_20);
            batch(c, "b1", 1, first, MAY_16);
            batch(c, "b2", 2, second, MAY_20);
            // application A: sent in batch 1, asked for correction, corrected in batch 2 and approved
            item(c, "i1", "b1", A, "SUPERSEDED", MAY_16);
            item(c, "i2", "b2", A, "APPROVED", MAY_20);
            update(c, "UPDATE review_item SET project_number = 'SHBZSD-2023-0007', term_start = DATE '2023-07-20',"
                    + " term_end = DATE '2025-07-19' WHERE item_id = 'i2'");
            // application B: in batch 1, still under review
            item(c, "i3", "b1", B, "IMPORTED", MAY_16);
            update(c, "INSERT INTO inbox_arrival (sha256, number, account, channel, source, received_at, source_removed,"
                    + " receipt_name, receipt_written_at) VALUES (?, 1, '310104', 'DROPBOX', 'x', ?, TRUE, ?, ?)",
                    first, MAY_16, first + "-1.receipt.zip", MAY_16.plusSeconds(1));
            audit(c, 1, "inbox.package.judged", "inbox_package", first);
            audit(c, 2, "review.item.approved", "review_item", "i2");
            audit(c, 3, "user.created", "user", "admin");
        }
        Path receipts = Files.createDirectories(data.resolve("dropbox/310104/receipts"));
        Files.writeString(receipts.resolve(first + "-1.receipt.zip"), "receipt");
        source = new DatabaseHistorySource(db, data, new JdbcArchiveFeed(db));
    }

    @Test
    void gathers_one_history_per_application_with_its_packages_receipts_and_audit_entries() {
        assertThat(source.count(Selection.all())).isEqualTo(2);
        List<ProjectHistory> all = histories(Selection.all());
        assertThat(all).extracting(h -> h.description().applicationId().toString()).containsExactly(A, B);

        ProjectHistory a = all.get(0);
        assertThat(a.description().status()).isEqualTo(ProjectStatus.APPROVED);
        assertThat(a.description().submitted()).isEqualTo(LocalDate.of(2023, 5, 20));
        // approved (立项): the project number and the term as approved come along
        assertThat(a.description().projectNumber()).isEqualTo("SHBZSD-2023-0007");
        assertThat(a.description().approved()).isEqualTo(LocalDate.of(2023, 7, 20));
        assertThat(a.description().termEnd()).isEqualTo(LocalDate.of(2025, 7, 19));
        assertThat(a.description().recommender().name()).isEqualTo("徐汇区市场监督管理局");
        assertThat(a.packages()).extracting(PackageHistory::role, PackageHistory::sha256).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PackageRole.RECOMMENDATION_BATCH, first),
                org.assertj.core.groups.Tuple.tuple(PackageRole.RECEIPT, receiptDigest()),
                org.assertj.core.groups.Tuple.tuple(PackageRole.RECOMMENDATION_BATCH, second));
        PackageHistory batch = a.packages().get(0);
        assertThat(batch.verdict()).isEqualTo(PackageVerdict.ACCEPTED);
        assertThat(batch.original()).hasBinaryContent(bytes(data, first));
        assertThat(batch.entries()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("batch.xml");
            assertThat(e.payload()).isTrue();
        });
        assertThat(a.stateChanges()).extracting(e -> e.action())
                .containsExactly("inbox.package.judged", "review.item.approved");

        ProjectHistory b = all.get(1);
        assertThat(b.description().status()).isEqualTo(ProjectStatus.SUBMITTED);
        assertThat(b.description().projectNumber()).isNull();
        assertThat(b.packages()).extracting(PackageHistory::role)
                .containsExactly(PackageRole.RECOMMENDATION_BATCH, PackageRole.RECEIPT);
        assertThat(b.stateChanges()).extracting(e -> e.action()).containsExactly("inbox.package.judged");
    }

    @Test
    void selects_each_application_by_where_it_stands_now_and_brings_all_of_it() {
        // A was superseded in batch 1 and approved in batch 2: it is APPROVED, not SUBMITTED
        assertThat(ids(new Selection(null, null, null, Set.of(ProjectStatus.SUBMITTED), null, null))).containsExactly(B);
        assertThat(ids(new Selection(null, null, null, Set.of(ProjectStatus.APPROVED), null, null))).containsExactly(A);
        assertThat(histories(new Selection(null, null, null, Set.of(ProjectStatus.APPROVED), null, null)).get(0)
                .packages()).extracting(PackageHistory::sha256).contains(first, second);
        assertThat(ids(new Selection(null, null, null, Set.of(ProjectStatus.WITHDRAWN), null, null))).isEmpty();
        assertThat(source.count(new Selection(null, null, null, Set.of(ProjectStatus.WITHDRAWN), null, null))).isZero();
        assertThat(ids(new Selection("2023-139", 2023, "310104", Set.of(), null, null))).containsExactly(A, B);
        assertThat(ids(new Selection(null, 2024, null, Set.of(), null, null))).isEmpty();
        assertThat(ids(new Selection(null, null, "310105", Set.of(), null, null))).isEmpty();
        // 2023-05-19T17:00Z is already the 20th in Shanghai: A's latest import is on the 20th, B's on the 16th
        assertThat(ids(new Selection(null, null, null, Set.of(), LocalDate.of(2023, 5, 20), null))).containsExactly(A);
        assertThat(ids(new Selection(null, null, null, Set.of(), null, LocalDate.of(2023, 5, 19)))).containsExactly(B);
        assertThat(source.count(new Selection(null, null, null, Set.of(), null, LocalDate.of(2023, 5, 19)))).isOne();
    }

    @Test
    void every_history_meets_the_selection_by_the_archive_s_own_reference_semantics() {
        for (Selection s : List.of(Selection.all(),
                new Selection(null, null, null, Set.of(ProjectStatus.SUBMITTED), null, null),
                new Selection(null, null, null, Set.of(), LocalDate.of(2023, 5, 20), null),
                new Selection(null, 2023, "310104", Set.of(ProjectStatus.APPROVED), null, LocalDate.of(2023, 5, 20)))) {
            List<ProjectHistory> found = histories(s);
            assertThat(found).as(s.describe()).allMatch(h -> s.matches(h.description()));
            assertThat(source.count(s)).as(s.describe()).isEqualTo(found.size());
        }
    }

    private List<String> ids(Selection s) {
        return histories(s).stream().map(h -> h.description().applicationId().toString()).toList();
    }

    private List<ProjectHistory> histories(Selection s) {
        try (Stream<ProjectHistory> h = source.histories(s)) {
            return h.toList();
        }
    }

    private String receiptDigest() {
        try {
            return PackageStore.digestOf(data.resolve("dropbox/310104/receipts/" + first + "-1.receipt.zip"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path data, String sha) {
        try {
            return Files.readAllBytes(PackageStore.open(data).path(sha));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String stored(PackageStore store, String payload) throws Exception {
        Path zip = data.resolve(payload + ".zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("mimetype"));
            z.write("application/vnd.etsi.asic-e+zip".getBytes(StandardCharsets.US_ASCII));
            z.putNextEntry(new ZipEntry("batch.xml"));
            z.write(("<batch>" + payload + "</batch>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("META-INF/signatures.xml"));
            z.write("<sig/>".getBytes(StandardCharsets.UTF_8));
        }
        return store.put(zip).sha256();
    }

    private void pkg(Connection c, String sha, OffsetDateTime at) throws SQLException {
        update(c, "INSERT INTO inbox_package (sha256, size_bytes, state, account, channel, deciding_arrival,"
                + " first_received_at, verdict, batch_id, decided_at) VALUES (?, ?, 'IMPORTED', '310104', 'DROPBOX', 1,"
                + " ?, 'ACCEPTED', ?, ?)", sha, sizeOf(sha), at, sha.substring(0, 8), at);
    }

    private long sizeOf(String sha) {
        try {
            return Files.size(PackageStore.open(data).path(sha));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void batch(Connection c, String id, int seq, String sha, OffsetDateTime at) throws SQLException {
        update(c, "INSERT INTO review_batch (batch_id, recommender, sequence_no, package_sha256, call_id, created,"
                + " item_count, accepted_items, imported_at) VALUES (?, '310104', ?, ?, '2023-139', ?, 1, 1, ?)",
                id, seq, sha, at, at);
    }

    private static void item(Connection c, String id, String batch, String application, String status,
                             OffsetDateTime at) throws SQLException {
        update(c, "INSERT INTO review_item (item_id, batch_id, recommender, priority_rank, application_id, call_id,"
                + " applicant_name, applicant_uscc, project_name, pilot_kind, declared_type, direction_group, direction,"
                + " opinion, reviewer_name, opinion_date, status, imported_at) VALUES (?, ?, '310104', 1, ?, '2023-139',"
                + " '上海市徐汇区城市运行管理中心', '12310000425012345C', '城市运行“一网统管”综合标准化试点',"
                + " 'SOCIAL_MGMT_PUBLIC_SERVICE', 'KEY', 'SOCIAL_MGMT', 'CITY_DIGITAL_GOVERNANCE', '同意推荐。', '孙立新',"
                + " DATE '2023-05-15', ?, ?)", id, batch, application, status, at);
    }

    private static void audit(Connection c, long id, String action, String type, String entity) throws SQLException {
        update(c, "INSERT INTO audit_event (id, occurred_at, actor, action, entity_type, entity_id, before_json,"
                + " after_json, prev_hash, hash) VALUES (?, ?, 'system', ?, ?, ?, NULL, '{}', ?, ?)", id,
                MAY_20.plusMinutes(id), action, type, entity, "0".repeat(64), Long.toString(id).repeat(64).substring(0, 64));
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            st.executeUpdate();
        }
    }
}
