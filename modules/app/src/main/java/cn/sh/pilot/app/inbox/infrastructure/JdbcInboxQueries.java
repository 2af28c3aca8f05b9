package cn.sh.pilot.app.inbox.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import static cn.sh.pilot.app.inbox.infrastructure.Sql.bind;

/** The console's view of the inbox: packages by state and sender, newest first, a page at a time. */
@ApplicationScoped
@Transactional
public class JdbcInboxQueries {

    @Resource(lookup = "java:app/jdbc/pilot")
    DataSource dataSource;

    /** One line of the inbox list; {@code error} is the first package-level reason, if refused. */
    public record PackageLine(String sha256, Instant receivedAt, String sender, long size, String state, String verdict,
                              String batchId, int arrivals, String errorCode, String errorZh, String errorEn) {
    }

    /** @param state null for any; @param sender null for any */
    public List<PackageLine> page(String state, String sender, int first, int size) {
        StringBuilder sql = new StringBuilder("SELECT p.sha256, p.first_received_at, p.account, p.size_bytes, p.state,"
                + " p.verdict, p.batch_id, (SELECT COUNT(*) FROM inbox_arrival a WHERE a.sha256 = p.sha256),"
                + " r.code, r.zh, r.en FROM inbox_package p LEFT JOIN inbox_reason r ON r.sha256 = p.sha256"
                + " AND r.item_ord = 0 AND r.ord = 1 WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        if (state != null) {
            sql.append(" AND p.state = ?");
            values.add(state);
        }
        if (sender != null) {
            sql.append(" AND p.account = ?");
            values.add(sender);
        }
        sql.append(" ORDER BY p.first_received_at DESC, p.sha256 OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        values.add(first);
        values.add(size);
        List<PackageLine> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql.toString())) {
            bind(st, values.toArray());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new PackageLine(rs.getString(1), Sql.instant(rs, "first_received_at"), rs.getString(3),
                            rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
                            rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many packages the filters match. */
    public long count(String state, String sender) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM inbox_package p WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        if (state != null) {
            sql.append(" AND p.state = ?");
            values.add(state);
        }
        if (sender != null) {
            sql.append(" AND p.account = ?");
            values.add(sender);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql.toString())) {
            bind(st, values.toArray());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of review's imported items for a batch (what the import wrote). */
    public long importedItems(String batchId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM review_item WHERE batch_id = ?")) {
            bind(st, batchId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
