package cn.sh.pilot.review.infrastructure.persistence;

import cn.sh.pilot.review.api.ArchiveFeed;
import cn.sh.pilot.review.api.ArchiveQuery;
import cn.sh.pilot.review.api.ArchivedItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * {@link ArchiveFeed} over {@code review_item} and {@code review_batch} with plain JDBC, so that the app (on its JTA
 * data source) and the command line (on a JDBC URL) read the same way. The items come through a forward-only cursor
 * with a fetch size: PostgreSQL streams only with auto-commit off, so a connection in auto-commit mode is switched
 * off for the read and back when the stream closes.
 */
public final class JdbcArchiveFeed implements ArchiveFeed {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int FETCH_SIZE = 200;
    private static final String COLUMNS = "i.item_id, i.application_id, i.call_id, i.recommender, i.priority_rank,"
            + " i.applicant_uscc, i.applicant_name, i.project_name, i.pilot_kind, i.declared_type, i.direction_group,"
            + " i.direction, i.reviewer_name, i.opinion_date, i.status, i.imported_at, i.batch_id, b.sequence_no,"
            + " b.package_sha256, i.project_number, i.term_start, i.term_end";

    private final DataSource dataSource;

    public JdbcArchiveFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long countApplications(ArchiveQuery query) {
        List<Object> values = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM review_item l" + latest(query, values);
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, values);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("review items not readable: " + e.getMessage(), e);
        }
    }

    @Override
    public Stream<ArchivedItem> items(ArchiveQuery query) {
        List<Object> values = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM review_item i JOIN review_batch b ON b.batch_id = i.batch_id"
                + " WHERE i.application_id IN (SELECT l.application_id FROM review_item l" + latest(query, values) + ")"
                + " ORDER BY i.application_id, i.imported_at, i.item_id";
        Cursor cursor = new Cursor();
        try {
            cursor.open(sql, values);
        } catch (SQLException | RuntimeException e) {
            cursor.close();
            throw new IllegalStateException("review items not readable: " + e.getMessage(), e);
        }
        return StreamSupport.stream(cursor, false).onClose(cursor::close);
    }

    /**
     * Each application's latest item ({@code l}: none imported after it) that meets the criteria: an application is
     * selected by where it stands now, and then comes with all its items.
     */
    private static String latest(ArchiveQuery q, List<Object> values) {
        StringBuilder w = new StringBuilder(" WHERE NOT EXISTS (SELECT 1 FROM review_item n"
                + " WHERE n.application_id = l.application_id AND (n.imported_at > l.imported_at"
                + " OR (n.imported_at = l.imported_at AND n.item_id > l.item_id)))");
        if (q.callId() != null) {
            w.append(" AND l.call_id = ?");
            values.add(q.callId());
        }
        if (q.year() != null) {
            w.append(" AND l.call_id LIKE ?");
            values.add(q.year() + "-%");
        }
        if (q.recommender() != null) {
            w.append(" AND l.recommender = ?");
            values.add(q.recommender());
        }
        if (!q.statuses().isEmpty()) {
            w.append(" AND l.status IN (").append(String.join(", ", q.statuses().stream().map(s -> "?").toList()))
                    .append(')');
            values.addAll(q.statuses().stream().sorted().toList());
        }
        // the date range is on the last activity: the later of the import day and the approval day (term start)
        if (q.from() != null) {
            w.append(" AND (l.imported_at >= ? OR l.term_start >= ?)");
            values.add(startOf(q.from()));
            values.add(q.from());
        }
        if (q.to() != null) {
            w.append(" AND l.imported_at < ? AND (l.term_start IS NULL OR l.term_start <= ?)");
            values.add(startOf(q.to().plusDays(1)));
            values.add(q.to());
        }
        return w.toString();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(SHANGHAI).toOffsetDateTime();
    }

    private static void bind(PreparedStatement st, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            st.setObject(i + 1, values.get(i));
        }
    }

    /** One connection, one statement, one result set, read a row at a time; closed with the stream. */
    private final class Cursor extends Spliterators.AbstractSpliterator<ArchivedItem> {

        private Connection connection;
        private boolean restoreAutoCommit;
        private PreparedStatement statement;
        private ResultSet rows;

        Cursor() {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        }

        void open(String sql, List<Object> values) throws SQLException {
            connection = dataSource.getConnection();
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
                restoreAutoCommit = true;
            }
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            bind(statement, values);
            rows = statement.executeQuery();
        }

        @Override
        public boolean tryAdvance(Consumer<? super ArchivedItem> action) {
            try {
                if (!rows.next()) {
                    return false;
                }
                action.accept(new ArchivedItem(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getInt(5), rows.getString(6), rows.getString(7), rows.getString(8),
                        rows.getString(9), rows.getString(10), rows.getString(11), rows.getString(12),
                        rows.getString(13), rows.getObject(14, LocalDate.class), rows.getString(15),
                        rows.getObject(16, OffsetDateTime.class), rows.getString(17), rows.getInt(18),
                        rows.getString(19).strip(), rows.getString(20), rows.getObject(21, LocalDate.class),
                        rows.getObject(22, LocalDate.class)));
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("review items not readable: " + e.getMessage(), e);
            }
        }

        void close() {
            for (AutoCloseable c : new AutoCloseable[] {rows, statement}) {
                closeQuietly(c);
            }
            if (connection != null) {
                try {
                    if (restoreAutoCommit) {
                        connection.rollback();
                        connection.setAutoCommit(true);
                    }
                } catch (SQLException ignored) {
                    // read only: nothing to keep; the connection is closed next
                }
                closeQuietly(connection);
            }
        }

        private void closeQuietly(AutoCloseable c) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing a read: nothing was written
                }
            }
        }
    }
}
