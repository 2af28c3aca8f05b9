package cn.sh.pilot.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.pilot.app.inbox.Batches;
import cn.sh.pilot.app.inbox.SiteProcess;
import cn.sh.pilot.archive.Archive;
import cn.sh.pilot.archive.api.ArchiveReport;
import cn.sh.pilot.archive.api.Progress;
import cn.sh.pilot.exchange.inbox.PackageStore;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.trust.FolderTrustStore;
import cn.sh.pilot.exchange.trust.Pem;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The archivist's console in real headless Chromium on a real municipal site ({@code run.sh}): a signed batch of 300
 * applications arrives in the drop folder and is imported; the administrator creates an archivist; the archivist
 * exports by recommender and status, sees it running with its progress counted on the self-refreshing page, then in
 * the history when it is done (who, selection, count, digest), downloads the ZIP with the
 * browser, and the downloaded file verifies with the archive verifier (the site's demo trust folder). An incoherent
 * date range is refused on the form with its error id's message, and starts nothing.
 */
class ArchiveBrowserIT {

    private static final String ADMIN_PASSWORD = System.getProperty("pilot.it.admin.password", "it-Admin-Passw0rd!");
    private static final String XUHUI = "310104";
    /** Enough for the export to take a few seconds, so that its progress shows. */
    private static final int APPLICATIONS = 300;

    private final Path appDir = Path.of(System.getProperty("pilot.app.dir", ".")).toAbsolutePath();
    private final Path work = appDir.resolve("target/archive-browser-it");
    private final Path downloads = work.resolve("downloads-" + System.nanoTime());
    private ConsoleBrowser console;

    @BeforeEach
    void openBrowser() throws Exception {
        console = ConsoleBrowser.start(appDir, work, downloads);
    }

    @AfterEach
    void closeBrowser() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void an_archivist_exports_sees_the_export_in_the_history_downloads_it_and_the_download_verifies() throws Exception {
        Path data = Files.createTempDirectory(work, "data-");
        String archivist = "archivist" + System.nanoTime() % 1_000_000;
        try (SiteProcess site = SiteProcess.start(appDir, data, SiteProcess.freePort(), SiteProcess.freePort(),
                ADMIN_PASSWORD, data.resolve("server.log"))) {
            console.base = site.base;
            String sha = importOneBatch(site, data);

            console.login("admin", ADMIN_PASSWORD);
            console.createUser(archivist, "何芳", "Archive-pass-2023", "ARCHIVIST");
            assertThat(console.text("messages")).contains(archivist);
            console.logout();

            console.login(archivist, "Archive-pass-2023");
            console.driver.findElement(By.id("nav-archive")).click();
            assertThat(console.text("page-title")).isEqualTo("档案导出");
            console.shot("archive-01-form");

            // a date range that ends before it starts is refused and starts nothing
            console.type("export:from", "2024-01-02");
            console.type("export:to", "2024-01-01");
            console.submit("export:go");
            assertThat(console.text("messages")).contains("选择条件无效");
            assertThat(console.driver.findElements(By.cssSelector("#exports tbody tr"))).isEmpty();

            console.type("export:recommender", XUHUI);
            new Select(console.driver.findElement(By.id("export:status"))).selectByValue("SUBMITTED");
            console.type("export:from", "");
            console.type("export:to", "");
            console.submit("export:go");
            assertThat(console.text("messages")).contains("导出已开始");
            // back on the page at once (the export runs on the managed executor): running, with a progress bar
            WebElement running = console.driver.findElement(By.cssSelector("#exports tbody tr"));
            assertThat(running.getAttribute("class")).isEqualTo("export-RUNNING");
            assertThat(running.findElements(By.tagName("progress"))).hasSize(1);
            console.shot("archive-02-started");
            String progress = awaitProgress();
            assertThat(progress).matches("\\d+ / " + APPLICATIONS + " \\(\\d+ %\\)");

            WebElement row = awaitDone();
            console.shot("archive-03-history");
            String line = row.getText();
            assertThat(line).contains(archivist).contains("recommender=" + XUHUI).contains("status=SUBMITTED")
                    .contains("已完成");
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(4).getText().trim()).isEqualTo(Integer.toString(APPLICATIONS));
            String digest = cells.get(5).getText().trim();
            assertThat(digest).matches("[0-9a-f]{64}");

            WebElement link = row.findElement(By.cssSelector("a.download"));
            String fileName = link.getText().trim();
            link.click();
            Path zip = awaitDownload(fileName);
            assertThat(PackageStore.digestOf(zip)).isEqualTo(digest);

            ArchiveReport report = Archive.verifier(FolderTrustStore.load(data.resolve("demo-keys/trust")),
                    Clock.systemUTC()).verify(zip, Progress.NONE, check -> { });
            assertThat(report.failures()).isEmpty();
            assertThat(report.passed()).isTrue();
            assertThat(report.records()).isEqualTo(APPLICATIONS);
            try (var z = new java.util.zip.ZipFile(zip.toFile())) {
                assertThat(z.stream().map(java.util.zip.ZipEntry::getName))
                        .anyMatch(n -> n.endsWith("/originals/" + sha + ".zip"));
            }
        }
    }

    /** A Xuhui batch as a district integrator drops it: registered certificate, signed package, receipt awaited. */
    private static String importOneBatch(SiteProcess site, Path data) throws Exception {
        char[] password = Files.readString(data.resolve("demo-keys/keystore-password.txt")).strip().toCharArray();
        SigningKey key = SigningKey.fromPkcs12(data.resolve("demo-keys/keys/" + XUHUI + ".p12"), password);
        HttpResponse<String> r = site.postText("/api/admin/trust/recommenders/" + XUHUI + "/certificates",
                Pem.write(key.certificate()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Path pkg = new Batches(Files.createDirectories(data.resolve("packages")))
                .signed(Batches.largeBatchXml(XUHUI, UUID.randomUUID().toString(), APPLICATIONS, 1, null), key);
        Batches.drop(pkg, data.resolve("dropbox/" + XUHUI + "/inbox"), "batch.zip");
        Path receipts = data.resolve("dropbox/" + XUHUI + "/receipts");
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(receipts)) {
                try (Stream<Path> files = Files.list(receipts)) {
                    if (files.findAny().isPresent()) {
                        return PackageStore.digestOf(pkg);
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no receipt within 60 s\n" + site.tail());
    }

    /** The page refreshes itself every second while the export runs: the progress as counted ("12 / 300 (4 %)"). */
    private String awaitProgress() {
        return new WebDriverWait(console.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#exports tbody tr.export-RUNNING .progress-text")).stream()
                        .map(e -> e.getText().trim()).filter(t -> t.contains(" / ")).findFirst().orElse(null));
    }

    /** The page refreshes itself while an export runs; wait for the newest row to be done. */
    private WebElement awaitDone() {
        return new WebDriverWait(console.driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#exports tbody tr"));
            if (rows.isEmpty()) {
                return null;
            }
            String cls = rows.get(0).getAttribute("class");
            assertThat(cls).as(rows.get(0).getText()).isNotEqualTo("export-FAILED");
            return "export-DONE".equals(cls) ? rows.get(0) : null;
        });
    }

    private Path awaitDownload(String fileName) throws Exception {
        Path file = downloads.resolve(fileName);
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> partial = Files.list(downloads)) {
                if (Files.isRegularFile(file) && partial.noneMatch(p -> p.toString().endsWith(".crdownload"))) {
                    return file;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not downloaded: " + fileName);
    }
}
