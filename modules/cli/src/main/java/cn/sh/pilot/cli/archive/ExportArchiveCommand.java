package cn.sh.pilot.cli.archive;

import cn.sh.pilot.app.infrastructure.archive.DatabaseHistorySource;
import cn.sh.pilot.archive.Archive;
import cn.sh.pilot.archive.api.BagFormat;
import cn.sh.pilot.archive.api.ExportRequest;
import cn.sh.pilot.archive.api.ExportResult;
import cn.sh.pilot.archive.api.Exporter;
import cn.sh.pilot.archive.api.Selection;
import cn.sh.pilot.cli.ExitCodes;
import cn.sh.pilot.cli.HelpOptions;
import cn.sh.pilot.cli.ProgressBar;
import cn.sh.pilot.contracts.archive.v1.ProjectStatus;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.review.infrastructure.persistence.JdbcArchiveFeed;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pilot archive export <target> --db-url … --keystore … --password …}: archive's export over the site's
 * database (the app's {@link DatabaseHistorySource}: review's imported items, the inbox's store, ledger and receipts,
 * the audit log), selected by call or year, recommender, status and date range, signed with the municipal key, with a
 * progress bar on stderr. A target ending in {@code .zip} is a ZIP, anything else a folder. Nothing is written unless
 * the whole export is valid and signed (exit 1 with the error id otherwise).
 */
@Command(name = "export",
        description = {"从站点数据库导出项目档案（BagIt 包：文件夹或 ZIP），以市局密钥签名；可按征集批次或年度、推荐单位、状态和日期范围选择。"
                + "导出前逐份校验归档记录，任何一项不合格则不写出任何文件。内嵌 H2 数据库须在站点停止后读取。",
                "Export project records from the site's database as a BagIt bag (folder or ZIP) signed with the municipal key; "
                        + "select by call or year, recommender, status and date range. Every record is validated first; if "
                        + "anything is invalid nothing is written. An embedded H2 database is read while the site is stopped."})
public final class ExportArchiveCommand implements Callable<Integer> {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<target>",
            description = "要创建的导出：以 .zip 结尾为 ZIP，否则为文件夹；不得已存在 / The export to create: a ZIP if it ends in "
                    + ".zip, else a folder; must not exist.")
    Path target;

    @Option(names = "--db-url", required = true, paramLabel = "<jdbc-url>",
            description = "站点数据库（与 PILOT_DB_URL 相同），如 jdbc:h2:file:/srv/pilot/data/db/pilot 或 "
                    + "jdbc:postgresql://host:5432/pilot / The site's database (as PILOT_DB_URL).")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "<user>", description = "数据库用户（H2 默认 sa）/ Database user (H2: sa).")
    String dbUser;

    @Option(names = "--db-password", arity = "0..1", interactive = true, paramLabel = "<password>",
            description = "数据库口令 / Database password.")
    char[] dbPassword;

    @Option(names = "--data-dir", paramLabel = "<dir>",
            description = "站点数据目录（原始数据包 store/、回执 sftp/ 与 dropbox/）；内嵌 H2 时可由 --db-url 推得 / The site's "
                    + "data directory (store/, sftp/, dropbox/); derived from an embedded H2 URL.")
    Path dataDir;

    @Option(names = "--keystore", required = true, paramLabel = "<310000.p12>",
            description = "市局签名密钥库（PKCS#12）/ The municipal signing keystore (PKCS#12).")
    Path keystore;

    @Option(names = "--password", required = true, arity = "0..1", interactive = true,
            description = "密钥库口令（不给值则提示输入）/ Keystore password (prompted for when given without a value).")
    char[] password;

    @Option(names = "--call", paramLabel = "<id>", description = "征集批次，如 2023-139 / Call, e.g. 2023-139.")
    String callId;

    @Option(names = "--year", paramLabel = "<yyyy>", description = "年度 / Year of the call.")
    Integer year;

    @Option(names = "--recommender", paramLabel = "<code>", description = "推荐单位代码，如 310104 / Recommender code.")
    String recommender;

    @Option(names = "--status", paramLabel = "<status>", split = ",",
            description = "状态（可多个）：${COMPLETION-CANDIDATES} / Status (several allowed).")
    Set<ProjectStatus> statuses;

    @Option(names = "--from", paramLabel = "<yyyy-mm-dd>", description = "起始日期（含）/ First day (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "<yyyy-mm-dd>", description = "截止日期（含）/ Last day (inclusive).")
    LocalDate to;

    @Option(names = "--exporter", paramLabel = "<name>", description = "导出人姓名（写入档案）/ Who exports (in the records).")
    String exporter;

    @Option(names = "--title", paramLabel = "<title>", defaultValue = "档案管理员",
            description = "导出人职务 / Exporter's job title (default ${DEFAULT-VALUE}).")
    String title;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path data = dataDir != null ? dataDir : Databases.dataDirOf(dbUrl).orElse(null);
        if (data == null) {
            err.println("失败 / failed: 请用 --data-dir 指定站点数据目录 / give the site's data directory with --data-dir");
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(data.resolve("store"))) {
            err.println("失败 / failed: 数据目录中没有 store/（原始数据包）/ no store/ (the original packages) in " + data);
            return ExitCodes.FAILED;
        }
        String user = dbUser != null ? dbUser : dbUrl.startsWith("jdbc:h2:") ? "sa" : null;
        DataSource db = Databases.open(dbUrl, user, dbPassword == null ? "" : new String(dbPassword));
        try (Connection probe = db.getConnection()) {
            probe.isValid(5);
        } catch (SQLException e) {
            err.println("失败 / failed: 数据库无法打开 / the database cannot be opened: " + e.getMessage());
            err.println("  内嵌 H2 数据库只能在站点停止时读取 / an embedded H2 database can be read only while the site is stopped.");
            return ExitCodes.FAILED;
        }
        SigningKey key = SigningKey.fromPkcs12(keystore, password);
        Selection selection = new Selection(callId, year, recommender, statuses, from, to);
        BagFormat format = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip") ? BagFormat.ZIP
                : BagFormat.FOLDER;
        String who = exporter != null ? exporter : System.getProperty("user.name", "archivist");

        out.println("导出 / exporting: " + selection.describe() + " → " + target);
        ProgressBar bar = ProgressBar.on(err, "导出 / exporting");
        ExportResult r = Archive.exporter(new DatabaseHistorySource(db, data, new JdbcArchiveFeed(db)), key,
                Clock.systemUTC()).export(new ExportRequest(selection, target, format, new Exporter(who, title)),
                bar::advanced);
        bar.finish();
        out.println("已导出 / exported: " + r.records() + " 个项目记录 / project records → " + r.bag());
        out.println("  导出标识 / export id: " + r.exportId());
        out.println("  Payload-Oxum: " + r.payloadOxum());
        out.println("  核验 / verify: pilot archive verify " + r.bag() + " --trust <trust folder>");
        return ExitCodes.OK;
    }
}
