package cn.sh.pilot.cli.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.pilot.app.inbox.Batches;
import cn.sh.pilot.app.inbox.SiteProcess;
import cn.sh.pilot.app.it.SiteDatabase;
import cn.sh.pilot.exchange.inbox.PackageStore;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.trust.Pem;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code pilot archive export} against a database populated the way a municipal site is: the real site ({@code run.sh}
 * of the app) receives a signed recommendation batch in its drop folder, imports it and answers with a signed receipt;
 * the site is stopped; then the CLI (the shaded {@code pilot.jar}, as a process) exports from that database and data
 * directory, {@code xmllint --noout --schema} validates every record, {@code pilot archive verify} passes, and after one
 * changed byte it fails naming the file. With {@code PILOT_TEST_DB_URL} the site and the export use PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveExportIT {

    private static final String ADMIN_PASSWORD = "it-Admin-Passw0rd!";
    private static final String XUHUI = "310104";
    private static final Path APP = Path.of(System.getProperty("pilot.app.dir", "../app")).toAbsolutePath().normalize();
    private static final Path SCHEMA = Path.of(System.getProperty("pilot.schemas.dir", "../../schemas"))
            .resolve("archive/v1/archival-record.xsd").toAbsolutePath().normalize();
    private static final Path CLI = Path.of("target/pilot.jar").toAbsolutePath();

    private Path work;
    private Path data;
    private String dbUrl;
    private Path keystore;
    private String password;
    private Path trust;
    private String packageSha;
    private String out;

    @BeforeAll
    void importABatchOnARealSiteThenStopIt() throws Exception {
        work = Files.createDirectories(Path.of("target/archive-export-it/run-" + System.currentTimeMillis()).toAbsolutePath());
        data = work.resolve("data");
        // the site's own database: its H2 file, or on a PostgreSQL run the database SiteDatabase gives its data dir
        dbUrl = SiteDatabase.settingsFor(data).getOrDefault("PILOT_DB_URL", "jdbc:h2:file:" + data.resolve("db/pilot"));
        try (SiteProcess site = SiteProcess.start(APP, data, SiteProcess.freePort(), SiteProcess.freePort(),
                ADMIN_PASSWORD, work.resolve("site.log"))) {
            Path demoKeys = data.resolve("demo-keys");
            password = Files.readString(demoKeys.resolve("keystore-password.txt")).strip();
            SigningKey xuhui = SigningKey.fromPkcs12(demoKeys.resolve("keys/" + XUHUI + ".p12"), password.toCharArray());
            HttpResponse<String> registered = site.postText("/api/admin/trust/recommenders/" + XUHUI + "/certificates",
                    Pem.write(xuhui.certificate()));
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

            Path pkg = new Batches(Files.createDirectories(work.resolve("packages")))
                    .signed(Batches.batchXml(XUHUI, UUID.randomUUID().toString(), 1, null), xuhui);
            packageSha = PackageStore.digestOf(pkg);
            Batches.drop(pkg, data.resolve("dropbox/" + XUHUI + "/inbox"), "batch-310104-0001.zip");
            awaitReceipt(data.resolve("dropbox/" + XUHUI + "/receipts"), site);
            assertThat(site.get("/api/inbox/" + packageSha).body()).contains("IMPORTED");
        }
        keystore = data.resolve("demo-keys/keys/310000.p12");
        trust = data.resolve("demo-keys/trust");
    }

    @Test
    void exports_the_imported_application_as_a_signed_bag_that_xmllint_and_the_verifier_accept_and_that_names_a_changed_file()
            throws Exception {
        Path zip = work.resolve("xuhui-2023.zip");
        int exit = pilot("archive", "export", zip.toString(), "--db-url", dbUrl, "--data-dir", data.toString(),
                "--keystore", keystore.toString(), "--password", password, "--year", "2023", "--recommender", XUHUI,
                "--status", "SUBMITTED", "--exporter", "何芳");
        assertThat(exit).as(out).isZero();
        assertThat(out).contains("已导出 / exported: 1 个项目记录").contains("Payload-Oxum");
        assertThat(zip).isRegularFile();

        Path unpacked = unzip(zip, work.resolve("unpacked"));
        List<Path> records = records(unpacked);
        assertThat(records).hasSize(1);
        String record = Files.readString(records.get(0));
        assertThat(record).contains(packageSha).contains("RECOMMENDATION_BATCH").contains("RECEIPT")
                .contains("inbox.package.judged").contains("何芳");
        Path originals = records.get(0).resolveSibling("originals");
        assertThat(originals.resolve(packageSha + ".zip")).hasSameBinaryContentAs(
                data.resolve("store/sha256/" + packageSha.substring(0, 2) + "/" + packageSha + ".zip"));

        Process xmllint = new ProcessBuilder(Stream.concat(Stream.of("xmllint", "--noout", "--schema", SCHEMA.toString()),
                records.stream().map(Path::toString)).toList()).redirectErrorStream(true).start();
        String lint = new String(xmllint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(xmllint.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(xmllint.exitValue()).as(lint).isZero();
        assertThat(lint).contains("validates");

        assertThat(pilot("archive", "verify", zip.toString(), "--trust", trust.toString())).as(out).isZero();
        assertThat(out).contains("通过 VERIFIED");

        // one changed byte in the kept original: verify fails and names the file
        Path folder = work.resolve("xuhui-2023-folder");
        assertThat(pilot("archive", "export", folder.toString(), "--db-url", dbUrl, "--data-dir", data.toString(),
                "--keystore", keystore.toString(), "--password", password, "--recommender", XUHUI)).as(out).isZero();
        Path original = records(folder).get(0).resolveSibling("originals").resolve(packageSha + ".zip");
        byte[] bytes = Files.readAllBytes(original);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(original, bytes);
        assertThat(pilot("archive", "verify", folder.toString(), "--trust", trust.toString())).as(out).isEqualTo(1);
        assertThat(out).contains("未通过 NOT VERIFIED").contains("payload-digest-mismatch")
                .contains(folder.relativize(original).toString());
    }

    @Test
    void selects_by_call_recommender_status_and_date_and_never_writes_an_invalid_export() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Path none = work.resolve("changning.zip");
        assertThat(export(none, "--recommender", "310105")).as(out).isZero();
        assertThat(out).contains("已导出 / exported: 0 个项目记录");

        Path approved = work.resolve("approved.zip");
        assertThat(export(approved, "--call", "2023-139", "--status", "APPROVED")).as(out).isZero();
        assertThat(out).contains("已导出 / exported: 0 个项目记录");

        Path inRange = work.resolve("today.zip");
        assertThat(export(inRange, "--call", "2023-139", "--from", today.minusDays(1).toString(), "--to",
                today.plusDays(1).toString())).as(out).isZero();
        assertThat(out).contains("已导出 / exported: 1 个项目记录");
        Path later = work.resolve("later.zip");
        assertThat(export(later, "--from", today.plusDays(2).toString())).as(out).isZero();
        assertThat(out).contains("已导出 / exported: 0 个项目记录");

        Path backwards = work.resolve("backwards.zip");
        assertThat(export(backwards, "--from", "2024-01-02", "--to", "2024-01-01")).as(out).isEqualTo(1);
        assertThat(out).contains("selection-invalid");
        assertThat(backwards).doesNotExist();
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("backwards"));
        }

        assertThat(export(inRange)).as(out).isEqualTo(1);
        assertThat(out).contains("export-target-exists");
    }

    private int export(Path target, String... selection) throws Exception {
        List<String> args = new ArrayList<>(List.of("archive", "export", target.toString(), "--db-url", dbUrl,
                "--data-dir", data.toString(), "--keystore", keystore.toString(), "--password", password));
        args.addAll(List.of(selection));
        return pilot(args.toArray(String[]::new));
    }

    /** The shaded CLI as its own process, with a small heap, where no site runs. */
    private int pilot(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-jar", CLI.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return p.exitValue();
    }

    private static void awaitReceipt(Path folder, SiteProcess site) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    if (files.anyMatch(f -> f.getFileName().toString().endsWith(".receipt.zip"))) {
                        return;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no receipt in " + folder + "\n" + site.tail());
    }

    private static List<Path> records(Path bag) throws IOException {
        try (Stream<Path> files = Files.walk(bag.resolve("data"))) {
            return files.filter(f -> f.getFileName().toString().equals("record.xml")).sorted().toList();
        }
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(z.entries())) {
                Path target = into.resolve(e.getName()).normalize();
                assertThat(target.startsWith(into)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (var in = z.getInputStream(e)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        try (Stream<Path> top = Files.list(into)) {
            return top.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}
