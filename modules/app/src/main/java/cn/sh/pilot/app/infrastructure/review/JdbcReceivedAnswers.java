package cn.sh.pilot.app.infrastructure.review;

import cn.sh.pilot.app.application.ReceivedAnswer;
import cn.sh.pilot.app.application.ReceivedAnswers;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ReceivedAnswers} over {@code received_answer} and {@code received_answer_line} ({@code V23}), plain JDBC on
 * the JTA data source, in the caller's transaction. The SHA-256 primary key makes storing idempotent.
 */
@ApplicationScoped
public class JdbcReceivedAnswers implements ReceivedAnswers {

    private static final String COLUMNS = "sha256, file_name, kind, received, document_id, issued, verdict, "
            + "answers_package, batch_id, document_number, error_id, error_zh, error_en, error_detail";

    @Resource(lookup = "java:app/jdbc/pilot")
    DataSource dataSource;

    @Override
    public boolean contains(String sha256) {
        return !select("WHERE sha256 = ?", sha256).isEmpty();
    }

    @Override
    public boolean add(ReceivedAnswer a) {
        if (contains(a.sha256())) {
            return false;
        }
        ReceivedAnswer.Error e = a.error();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO received_answer (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(st, a.sha256(), a.fileName(), a.kind().name(), a.received(), a.documentId(), a.issued(), a.verdict(),
                        a.answersPackage(), a.batchId(), a.documentNumber(), e == null ? null : e.id(),
                        e == null ? null : clip(e.zh(), 2000), e == null ? null : clip(e.en(), 2000),
                        e == null ? null : clip(e.detail(), 1000));
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO received_answer_line (answer_sha256, line_no, "
                    + "item_id, application_id, outcome, project_number, term_start, term_end, reason_code, reason_zh, "
                    + "reason_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (ReceivedAnswer.Line l : a.lines()) {
                    bind(st, a.sha256(), ++n, l.itemId(), l.applicationId(), l.outcome(), l.projectNumber(),
                            l.termStart(), l.termEnd(), l.code(), clip(l.zh(), 2000), clip(l.en(), 2000));
                    st.addBatch();
                }
                if (n > 0) {
                    st.executeBatch();
                }
            }
            return true;
        } catch (SQLException ex) {
            throw new IllegalStateException("received_answer: " + ex.getMessage(), ex);
        }
    }

    @Override
    public Optional<ReceivedAnswer> receiptFor(String packageSha256) {
        return select("WHERE kind = 'RECEIPT' AND answers_package = ? ORDER BY received DESC", packageSha256).stream()
                .findFirst();
    }

    @Override
    public List<ReceivedAnswer> about(String applicationId) {
        return select("WHERE kind <> 'REFUSED' AND sha256 IN (SELECT answer_sha256 FROM received_answer_line "
                + "WHERE application_id = ?) ORDER BY received, sha256", applicationId);
    }

    @Override
    public List<ReceivedAnswer> latest(int limit) {
        List<ReceivedAnswer> all = select("ORDER BY received DESC, sha256");
        return all.subList(0, Math.min(limit, all.size()));
    }

    private List<ReceivedAnswer> select(String where, Object... values) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM received_answer " + where)) {
            bind(st, values);
            Map<String, ReceivedAnswer> answers = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String errorId = rs.getString("error_id");
                    ReceivedAnswer.Error error = errorId == null ? null : new ReceivedAnswer.Error(errorId,
                            rs.getString("error_zh"), rs.getString("error_en"), rs.getString("error_detail"));
                    String sha = rs.getString("sha256");
                    answers.put(sha, new ReceivedAnswer(sha, rs.getString("file_name"),
                            ReceivedAnswer.Kind.valueOf(rs.getString("kind")), instant(rs, "received"),
                            rs.getString("document_id"), instant(rs, "issued"), rs.getString("verdict"),
                            rs.getString("answers_package"), rs.getString("batch_id"), rs.getString("document_number"),
                            error, lines(c, sha)));
                }
            }
            return new ArrayList<>(answers.values());
        } catch (SQLException ex) {
            throw new IllegalStateException("received_answer: " + ex.getMessage(), ex);
        }
    }

    private static List<ReceivedAnswer.Line> lines(Connection c, String sha) throws SQLException {
        List<ReceivedAnswer.Line> lines = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT item_id, application_id, outcome, project_number, "
                + "term_start, term_end, reason_code, reason_zh, reason_en FROM received_answer_line "
                + "WHERE answer_sha256 = ? ORDER BY line_no")) {
            st.setString(1, sha);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    lines.add(new ReceivedAnswer.Line(rs.getString("item_id"), rs.getString("application_id"),
                            rs.getString("outcome"), rs.getString("project_number"), date(rs, "term_start"),
                            date(rs, "term_end"), rs.getString("reason_code"), rs.getString("reason_zh"),
                            rs.getString("reason_en")));
                }
            }
        }
        return lines;
    }

    private static void bind(PreparedStatement st, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Instant instant) {
                st.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (v instanceof LocalDate day) {
                st.setDate(i + 1, Date.valueOf(day));
            } else {
                st.setObject(i + 1, v);
            }
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
