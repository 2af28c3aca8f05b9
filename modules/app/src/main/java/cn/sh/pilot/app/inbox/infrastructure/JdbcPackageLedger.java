package cn.sh.pilot.app.inbox.infrastructure;

import cn.sh.pilot.app.application.AuditLog;
import cn.sh.pilot.exchange.Words;
import cn.sh.pilot.exchange.inbox.Arrival;
import cn.sh.pilot.exchange.inbox.ArrivalNote;
import cn.sh.pilot.exchange.inbox.BatchIdTakenException;
import cn.sh.pilot.exchange.inbox.Claim;
import cn.sh.pilot.exchange.inbox.ClaimLostException;
import cn.sh.pilot.exchange.inbox.InboxCheck;
import cn.sh.pilot.exchange.inbox.Judgement;
import cn.sh.pilot.exchange.inbox.PackageLedger;
import cn.sh.pilot.exchange.inbox.PackageRecord;
import cn.sh.pilot.exchange.inbox.PackageState;
import cn.sh.pilot.exchange.inbox.RecordedArrival;
import cn.sh.pilot.exchange.receipt.ItemResult;
import cn.sh.pilot.exchange.receipt.ReceiptReason;
import cn.sh.pilot.exchange.receipt.ReceiptVerdict;
import cn.sh.pilot.exchange.transport.inbox.InboxChannel;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import static cn.sh.pilot.app.inbox.infrastructure.Sql.bind;
import static cn.sh.pilot.app.inbox.infrastructure.Sql.clip;
import static cn.sh.pilot.app.inbox.infrastructure.Sql.instant;

/**
 * The inbox ledger over the application's database (tables of {@code V10__inbox.sql}), with the SQL
 * that exchange's {@link PackageLedger} prescribes: the claim is a compare-and-set, completion is
 * fenced by the claim token and binds the batch id under a unique key. Plain JDBC on the JTA data
 * source, so {@link #complete} shares the transaction (and connection) of the package handler's JPA
 * work. Every other method is a short transaction of its own.
 */
@ApplicationScoped
@Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
public class JdbcPackageLedger implements PackageLedger {

    private static final String PACKAGE_COLUMNS = "sha256, size_bytes, state, account, channel, deciding_arrival,"
            + " first_received_at, claim_token, claim_instance, claimed_at, verdict, batch_id, document, claimed_sender,"
            + " schema_set_sha256, rule_pack_sha256, decided_at";
    private static final String ARRIVAL_COLUMNS = "sha256, number, account, channel, source, received_at,"
            + " source_removed, receipt_name, receipt_written_at";

    @Resource(lookup = "java:app/jdbc/pilot")
    DataSource dataSource;
    @Inject
    AuditLog audit;

    @Override
    public RecordedArrival recordArrival(ArrivalNote note) {
        try (Connection c = dataSource.getConnection()) {
            // insert if absent; a concurrent insert of the same bytes fails on the primary key, the
            // transaction rolls back and the watcher offers the file again
            update(c, "INSERT INTO inbox_package (sha256, size_bytes, state, account, channel, deciding_arrival,"
                    + " first_received_at) SELECT ?, ?, 'RECEIVED', ?, ?, 1, ? FROM (VALUES (1)) AS one (x)"
                    + " WHERE NOT EXISTS (SELECT 1 FROM inbox_package WHERE sha256 = ?)",
                    note.sha256(), note.size(), note.account(), note.channel(), note.receivedAt(), note.sha256());
            PackageState state = lockedState(c, note.sha256());
            List<Arrival> existing = arrivals(c, note.sha256());
            if (note.source() != null) {
                for (Arrival a : existing) {
                    if (note.source().equals(a.source()) && !a.sourceRemoved()) {
                        return new RecordedArrival(a, false, state);
                    }
                }
            }
            int number = existing.size() + 1;
            update(c, "INSERT INTO inbox_arrival (sha256, number, account, channel, source, received_at, source_removed)"
                    + " VALUES (?, ?, ?, ?, ?, ?, FALSE)", note.sha256(), number, note.account(), note.channel(),
                    note.source(), note.receivedAt());
            if (state == PackageState.REFUSED) {
                update(c, "UPDATE inbox_package SET state = 'RECEIVED', account = ?, channel = ?, deciding_arrival = ?"
                        + " WHERE sha256 = ?", note.account(), note.channel(), number, note.sha256());
                state = PackageState.RECEIVED;
            }
            Arrival arrival = new Arrival(note.sha256(), number, note.account(), note.channel(), note.source(),
                    note.receivedAt(), false, null, null);
            return new RecordedArrival(arrival, true, state);
        } catch (SQLException e) {
            throw new LedgerException(e);
        }
    }

    private static PackageState lockedState(Connection c, String sha256) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT state FROM inbox_package WHERE sha256 = ? FOR UPDATE")) {
            bind(st, sha256);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return PackageState.valueOf(rs.getString(1));
            }
        }
    }

    @Override
    public void sourceRemoved(String sha256, int arrival) {
        run("UPDATE inbox_arrival SET source_removed = TRUE WHERE sha256 = ? AND number = ?", sha256, arrival);
    }

    @Override
    public List<Arrival> sourcesPending() {
        return queryArrivals("WHERE source IS NOT NULL AND source_removed = FALSE ORDER BY received_at");
    }

    @Override
    public Optional<PackageRecord> find(String sha256) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, sha256);
        } catch (SQLException e) {
            throw new LedgerException(e);
        }
    }

    @Override
    public List<Arrival> arrivals(String sha256) {
        try (Connection c = dataSource.getConnection()) {
            return arrivals(c, sha256);
        } catch (SQLException e) {
            throw new LedgerException(e);
        }
    }

    @Override
    public Optional<Claim> claim(String sha256, String instance, Instant at) {
        Claim claim = new Claim(sha256, UUID.randomUUID().toString(), instance, at);
        int rows = run("UPDATE inbox_package SET state = 'PROCESSING', claim_token = ?, claim_instance = ?, claimed_at = ?"
                + " WHERE sha256 = ? AND state = 'RECEIVED'", claim.token(), instance, at, sha256);
        return rows == 1 ? Optional.of(claim) : Optional.empty();
    }

    @Override
    public Optional<Claim> reclaim(String sha256, String deadInstance, Instant staleBefore, String instance, Instant at) {
        Claim claim = new Claim(sha256, UUID.randomUUID().toString(), instance, at);
        int rows = run("UPDATE inbox_package SET claim_token = ?, claim_instance = ?, claimed_at = ?"
                + " WHERE sha256 = ? AND state = 'PROCESSING' AND (claim_instance = ? OR claimed_at < ?)",
                claim.token(), instance, at, sha256, deadInstance == null ? "" : deadInstance, staleBefore);
        return rows == 1 ? Optional.of(claim) : Optional.empty();
    }

    @Override
    public Optional<String> batchHolder(String batchId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT sha256 FROM inbox_batch WHERE batch_id = ?")) {
            bind(st, batchId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new LedgerException(e);
        }
    }

    /** Joins the caller's transaction: the handler's work and this commit together or not at all. */
    @Override
    @Transactional(value = TxType.MANDATORY, rollbackOn = Exception.class)
    public void complete(Claim claim, Judgement judgement) throws ClaimLostException, BatchIdTakenException {
        try (Connection c = dataSource.getConnection()) {
            int rows = update(c, "UPDATE inbox_package SET state = ?, claim_token = NULL, verdict = ?, batch_id = ?,"
                    + " document = ?, claimed_sender = ?, schema_set_sha256 = ?, rule_pack_sha256 = ?, decided_at = ?"
                    + " WHERE sha256 = ? AND state = 'PROCESSING' AND claim_token = ?",
                    judgement.state(), judgement.verdict(), judgement.batchId(), judgement.document(),
                    judgement.claimedSender(), judgement.schemaSetSha256(), judgement.rulePackSha256(),
                    judgement.decidedAt(), claim.sha256(), claim.token());
            if (rows != 1) {
                throw new ClaimLostException(claim);
            }
            if (judgement.state() == PackageState.IMPORTED && judgement.batchId() != null) {
                Optional<String> holder = holder(c, judgement.batchId());
                if (holder.isPresent() && !holder.get().equals(claim.sha256())) {
                    throw new BatchIdTakenException(judgement.batchId(), holder.get());
                }
                if (holder.isEmpty()) {
                    // a racing instance that inserted meanwhile makes this fail on the key: rollback, judged again
                    update(c, "INSERT INTO inbox_batch (batch_id, sha256) VALUES (?, ?)", judgement.batchId(),
                            claim.sha256());
                }
            }
            writeJudgementLines(c, claim.sha256(), judgement);
            audit.recordAs("system", "inbox.package.judged", "inbox_package", claim.sha256(), null, judged(judgement));
        } catch (SQLException e) {
            throw new LedgerException(e);
        }
    }

    /** The judgement in the audit log (the archival record's state change for the package). */
    private static Map<String, Object> judged(Judgement j) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", j.state().name());
        after.put("verdict", j.verdict() == null ? null : j.verdict().toString());
        after.put("batchId", j.batchId());
        after.put("items", j.items().size());
        after.put("accepted", j.items().stream().filter(ItemResult::accepted).count());
        return after;
    }

    private static Optional<String> holder(Connection c, String batchId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT sha256 FROM inbox_batch WHERE batch_id = ?")) {
            bind(st, batchId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void writeJudgementLines(Connection c, String sha256, Judgement j) throws SQLException {
        for (String table : List.of("inbox_reason", "inbox_item_result", "inbox_check")) {
            update(c, "DELETE FROM " + table + " WHERE sha256 = ?", sha256);
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO inbox_check (sha256, ord, name, title_zh, title_en,"
                + " subject, passed, finding_zh, finding_en, error_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (InboxCheck check : j.checks()) {
                Words finding = check.finding();
                bind(st, sha256, ++ord, check.name(), clip(check.title().zh(), 500), clip(check.title().en(), 500),
                        clip(check.subject(), 1000), check.passed(), finding == null ? null : clip(finding.zh(), 10_000),
                        finding == null ? null : clip(finding.en(), 10_000), check.errorId());
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement items = c.prepareStatement(
                "INSERT INTO inbox_item_result (sha256, ord, item_id, accepted) VALUES (?, ?, ?, ?)");
             PreparedStatement reasons = c.prepareStatement("INSERT INTO inbox_reason (sha256, item_ord, ord, code, zh,"
                     + " en, location) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            addReasons(reasons, sha256, 0, j.reasons());
            int ord = 0;
            for (ItemResult item : j.items()) {
                bind(items, sha256, ++ord, item.itemId(), item.accepted());
                items.addBatch();
                addReasons(reasons, sha256, ord, item.reasons());
                if (ord % 1000 == 0) {
                    items.executeBatch();
                    reasons.executeBatch();
                }
            }
            items.executeBatch();
            reasons.executeBatch();
        }
    }

    private static void addReasons(PreparedStatement st, String sha256, int itemOrd, List<ReceiptReason> reasons)
            throws SQLException {
        int ord = 0;
        for (ReceiptReason r : reasons) {
            bind(st, sha256, itemOrd, ++ord, r.code(), r.zh(), r.en(), r.location());
            st.addBatch();
        }
    }

    @Override
    public List<String> unfinished() {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT sha256 FROM inbox_package"
                     + " WHERE state IN ('RECEIVED', 'PROCESSING') ORDER BY first_received_at");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new LedgerException(e);
        }
    }

    @Override
    public List<Arrival> receiptsOwed() {
        return queryArrivals("WHERE receipt_name IS NULL AND sha256 IN (SELECT sha256 FROM inbox_package"
                + " WHERE state IN ('IMPORTED', 'REFUSED')) ORDER BY received_at, number");
    }

    @Override
    public void receiptWritten(String sha256, int arrival, String receiptName, Instant at) {
        run("UPDATE inbox_arrival SET receipt_name = ?, receipt_written_at = ? WHERE sha256 = ? AND number = ?",
                receiptName, at, sha256, arrival);
    }

    // --- reading

    private Optional<PackageRecord> find(Connection c, String sha256) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + PACKAGE_COLUMNS + " FROM inbox_package WHERE sha256 = ?")) {
            bind(st, sha256);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                PackageState state = PackageState.valueOf(rs.getString("state"));
                String token = rs.getString("claim_token");
                Claim claim = state == PackageState.PROCESSING && token != null
                        ? new Claim(sha256, token, rs.getString("claim_instance"), instant(rs, "claimed_at")) : null;
                String verdict = rs.getString("verdict");
                Judgement judgement = verdict == null ? null : new Judgement(ReceiptVerdict.valueOf(verdict),
                        rs.getString("batch_id"), rs.getString("document"), rs.getString("claimed_sender"),
                        reasons(c, sha256).getOrDefault(0, List.of()), List.of(), List.of(),
                        rs.getString("schema_set_sha256"), rs.getString("rule_pack_sha256"), instant(rs, "decided_at"));
                PackageRecord record = new PackageRecord(sha256, rs.getLong("size_bytes"), state, rs.getString("account"),
                        InboxChannel.valueOf(rs.getString("channel")), rs.getInt("deciding_arrival"),
                        instant(rs, "first_received_at"), claim, judgement);
                if (judgement == null) {
                    return Optional.of(record);
                }
                Map<Integer, List<ReceiptReason>> reasons = reasons(c, sha256);
                Judgement full = new Judgement(judgement.verdict(), judgement.batchId(), judgement.document(),
                        judgement.claimedSender(), reasons.getOrDefault(0, List.of()), items(c, sha256, reasons),
                        checks(c, sha256), judgement.schemaSetSha256(), judgement.rulePackSha256(), judgement.decidedAt());
                return Optional.of(new PackageRecord(record.sha256(), record.size(), state, record.account(),
                        record.channel(), record.decidingArrival(), record.firstReceivedAt(), claim, full));
            }
        }
    }

    private static Map<Integer, List<ReceiptReason>> reasons(Connection c, String sha256) throws SQLException {
        Map<Integer, List<ReceiptReason>> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT item_ord, code, zh, en, location FROM inbox_reason"
                + " WHERE sha256 = ? ORDER BY item_ord, ord")) {
            bind(st, sha256);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(new ReceiptReason(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    private static List<ItemResult> items(Connection c, String sha256, Map<Integer, List<ReceiptReason>> reasons)
            throws SQLException {
        List<ItemResult> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT ord, item_id, accepted FROM inbox_item_result"
                + " WHERE sha256 = ? ORDER BY ord")) {
            bind(st, sha256);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new ItemResult(rs.getString(2), rs.getBoolean(3), reasons.getOrDefault(rs.getInt(1), List.of())));
                }
            }
        }
        return out;
    }

    private static List<InboxCheck> checks(Connection c, String sha256) throws SQLException {
        List<InboxCheck> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT name, title_zh, title_en, subject, passed, finding_zh,"
                + " finding_en, error_id FROM inbox_check WHERE sha256 = ? ORDER BY ord")) {
            bind(st, sha256);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String fzh = rs.getString(6);
                    out.add(new InboxCheck(rs.getString(1), Words.of(rs.getString(2), rs.getString(3)), rs.getString(4),
                            rs.getBoolean(5), fzh == null ? null : Words.of(fzh, rs.getString(7)), rs.getString(8)));
                }
            }
        }
        return out;
    }

    private static List<Arrival> arrivals(Connection c, String sha256) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + ARRIVAL_COLUMNS
                + " FROM inbox_arrival WHERE sha256 = ? ORDER BY number")) {
            bind(st, sha256);
            return readArrivals(st);
        }
    }

    private List<Arrival> queryArrivals(String where) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT " + ARRIVAL_COLUMNS + " FROM inbox_arrival " + where)) {
            return readArrivals(st);
        } catch (SQLException e) {
            throw new LedgerException(e);
        }
    }

    private static List<Arrival> readArrivals(PreparedStatement st) throws SQLException {
        List<Arrival> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new Arrival(rs.getString("sha256"), rs.getInt("number"), rs.getString("account"),
                        InboxChannel.valueOf(rs.getString("channel")), rs.getString("source"), instant(rs, "received_at"),
                        rs.getBoolean("source_removed"), rs.getString("receipt_name"), instant(rs, "receipt_written_at")));
            }
        }
        return out;
    }

    // --- writing

    private int run(String sql, Object... values) {
        try (Connection c = dataSource.getConnection()) {
            return update(c, sql, values);
        } catch (SQLException e) {
            throw new LedgerException(e);
        }
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, values);
            return st.executeUpdate();
        }
    }

    /** A database failure inside the ledger (rolls the transaction back). */
    public static final class LedgerException extends RuntimeException {
        LedgerException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
