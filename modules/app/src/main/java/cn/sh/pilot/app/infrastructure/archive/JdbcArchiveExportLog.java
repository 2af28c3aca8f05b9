package cn.sh.pilot.app.infrastructure.archive;

import cn.sh.pilot.app.application.ArchiveExportLog;
import cn.sh.pilot.app.inbox.infrastructure.Sql;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import static cn.sh.pilot.app.inbox.infrastructure.Sql.bind;
import static cn.sh.pilot.app.inbox.infrastructure.Sql.clip;

/** {@link ArchiveExportLog} over {@code archive_export} ({@code V50__archive_exports.sql}). */
@ApplicationScoped
@Transactional
public class JdbcArchiveExportLog implements ArchiveExportLog {

    private static final String COLUMNS = "id, requested_by, requested_at, selection, format, state, file_name,"
            + " export_id, records, size_bytes, sha256, finished_at, error_id, error_zh, error_en";

    @Resource(lookup = "java:app/jdbc/pilot")
    DataSource dataSource;

    @Override
    public long nextId() {
        // H2 and PostgreSQL both understand nextval('…') (H2 in its PostgreSQL-compatible function set)
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT nextval('archive_export_seq')");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void begin(long id, String requestedBy, OffsetDateTime at, String selection, String format, String fileName) {
        update("INSERT INTO archive_export (id, requested_by, requested_at, selection, format, state, file_name)"
                + " VALUES (?, ?, ?, ?, ?, 'RUNNING', ?)", id, requestedBy, at, clip(selection, 1000), format, fileName);
    }

    @Override
    public void done(long id, UUID exportId, long records, long sizeBytes, String sha256, OffsetDateTime at) {
        update("UPDATE archive_export SET state = 'DONE', export_id = ?, records = ?, size_bytes = ?, sha256 = ?,"
                + " finished_at = ? WHERE id = ?", exportId.toString(), records, sizeBytes, sha256, at, id);
    }

    @Override
    public void failed(long id, String errorId, String zh, String en, OffsetDateTime at) {
        update("UPDATE archive_export SET state = 'FAILED', error_id = ?, error_zh = ?, error_en = ?, finished_at = ?"
                + " WHERE id = ?", errorId, clip(zh, 2000), clip(en, 2000), at, id);
    }

    @Override
    public int abandonRunning(String errorId, String zh, String en, OffsetDateTime at) {
        return update("UPDATE archive_export SET state = 'FAILED', error_id = ?, error_zh = ?, error_en = ?,"
                + " finished_at = ? WHERE state = 'RUNNING'", errorId, zh, en, at);
    }

    @Override
    public List<ExportLine> recent(int max) {
        return select("SELECT " + COLUMNS + " FROM archive_export ORDER BY id DESC FETCH FIRST " + max + " ROWS ONLY");
    }

    @Override
    public Optional<ExportLine> find(long id) {
        return select("SELECT " + COLUMNS + " FROM archive_export WHERE id = ?", id).stream().findFirst();
    }

    private List<ExportLine> select(String sql, Object... values) {
        List<ExportLine> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, values);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new ExportLine(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            (Long) rs.getObject(9, Long.class), (Long) rs.getObject(10, Long.class), rs.getString(11),
                            rs.getObject(12, OffsetDateTime.class), rs.getString(13), rs.getString(14),
                            rs.getString(15)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... values) {
        return Sql.update(dataSource, sql, values);
    }

}
