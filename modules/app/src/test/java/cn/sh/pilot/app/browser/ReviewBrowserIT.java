package cn.sh.pilot.app.browser;

import cn.sh.pilot.app.inbox.Batches;
import cn.sh.pilot.app.inbox.SiteProcess;
import cn.sh.pilot.contracts.decision.v1.DecisionNotice;
import cn.sh.pilot.contracts.marshal.DecisionNoticeMarshaller;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.trust.FolderTrustStore;
import cn.sh.pilot.exchange.trust.Pem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Municipal review in headless Chromium against the municipal site started by {@code run.sh}: a signed batch of
 * 310117 arrives in the drop-folder inbox like an integrator's upload; an operator routes its key item, records
 * the checklist, is refused an expert from the applicant's own organisation, assigns another, an expert scores, the
 * operator confirms the type and proposes approval; the operator (who also holds the approver role) is refused
 * confirming their own proposal with {@code decision-self-approval}; a different approver confirms it and the item
 * shows its project number. The signed decision notice then lies in 310117's SFTP {@code receipts/} folder; fetched
 * from there by 310117 with the OpenSSH {@code sftp} client, it verifies with exchange's {@code PackageVerifier} (demo
 * trust) and with {@code xmlsec1}, and names that number, the term from today (Asia/Shanghai) for two years and
 * 310117 as guarantor. The dashboard counts the item and the annex PDF lists it.
 */
class ReviewBrowserIT {

    private static final String ADMIN_PASSWORD = System.getProperty("pilot.it.admin.password", "it-Admin-Passw0rd!");
    /** A district no other test sends batches for, so its batch chain starts here even on a shared database. */
    private static final String SONGJIANG = "310117";
    private static final String APPLICANT_USCC = "12310000425012345C";
    private static final String PROJECT = "徐汇区城市运行“一网统管”综合标准化试点";

    private final Path appDir = Path.of(System.getProperty("pilot.app.dir", ".")).toAbsolutePath();
    private Path work;
    private ConsoleBrowser console;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        work = appDir.resolve("target/review-browser-it").resolve("run-" + System.currentTimeMillis());
        console = ConsoleBrowser.start(appDir, work);
        browser = console.driver;
    }

    @AfterEach
    void closeBrowser() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void an_imported_item_is_routed_scored_proposed_and_approved_by_a_second_person() throws Exception {
        try (SiteProcess site = SiteProcess.start(appDir, work.resolve("data"), SiteProcess.freePort(),
                SiteProcess.freePort(), ADMIN_PASSWORD, work.resolve("site.log"))) {
            console.base = site.base;
            importSignedBatch(site);

            // the administrator creates the people; the operator routes, checks, assigns; the expert scores; the
            // operator proposes and is refused confirming it; a second approver confirms it
            String number = new MunicipalApproval(console, "review-").approve(ADMIN_PASSWORD, PROJECT, SONGJIANG,
                    APPLICANT_USCC);
            assertThat(console.text("item-facts")).contains("上海市徐汇区城市运行管理中心", APPLICANT_USCC, "孙立新", "刘文涛");
            // the same page in English, and back (the item stays on the page)
            console.submit("lang:en");
            assertThat(console.text("item-status")).isEqualTo("Approved");
            assertThat(console.text("item-number")).isEqualTo(number);
            console.shot("review-08a-item-english");
            console.submit("lang:zh");
            assertThat(console.text("item-status")).isEqualTo("已立项");
            console.open("/review/index.xhtml");
            assertThat(console.text("decided-table")).contains(PROJECT, "已立项");
            console.shot("review-08-decided");

            // the approval opened the project (review's ProjectApproved → projects, through app): two years from today
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            console.open("/projects/project.xhtml?number=" + number);
            assertThat(console.text("project-state")).isEqualTo("实施中");
            assertThat(console.text("project-term")).isEqualTo(today + " — " + today.plusYears(2).minusDays(1));
            console.shot("review-08b-project-opened");

            // the dashboard counts it, and the annex of approved projects lists it (PDF, Chinese)
            console.open("/review/dashboard.xhtml");
            // (on PostgreSQL other tests may share the database: counts are at least this item's)
            assertThat(console.text("by-domain")).contains("社会管理领域", "合计");
            assertThat(console.text("by-status")).contains("已立项");
            assertThat(browser.findElements(By.cssSelector("#by-domain svg rect")).size()).isGreaterThanOrEqualTo(6);
            console.shot("review-09-dashboard");
            annexListsTheProject(number);

            // the signed decision notice waits in 310117's receipts/ folder: it verifies and names the number
            decisionNoticeVerifies(site, number);
        }
    }

    private void annexListsTheProject(String number) throws Exception {
        String cookies = String.join("; ", browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(console.base + "/review/annex.pdf")).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("2023年度上海市市级标准化试点项目立项清单", number, "上海市徐汇区城市运行管理中心", "重点项目");
        }
    }

    private void decisionNoticeVerifies(SiteProcess site, String projectNumber) throws Exception {
        Path receipts = site.dataDir.resolve("sftp/sites/" + SONGJIANG + "/receipts");
        List<Path> notices;
        try (Stream<Path> files = Files.list(receipts)) {
            notices = files.filter(p -> p.getFileName().toString().startsWith("decision-" + SONGJIANG + "-")
                    && p.getFileName().toString().endsWith(".zip")).toList();
        }
        assertThat(notices).hasSize(1);
        Path fetched = fetchOverSftp(site, notices.get(0).getFileName().toString());
        assertThat(Files.readAllBytes(fetched)).isEqualTo(Files.readAllBytes(notices.get(0)));
        Path demoKeys = site.dataDir.resolve("demo-keys");
        VerificationReport report = new PackageVerifier(FolderTrustStore.load(demoKeys.resolve("trust"))).verify(fetched);
        assertThat(report.accepted()).as(report.toString()).isTrue();
        assertThat(report.claimedSender()).isEqualTo("310000");
        assertThat(report.payloadName()).isEqualTo("decision-notice.xml");
        DecisionNotice notice;
        try (ZipFile zip = new ZipFile(fetched.toFile())) {
            notice = new DecisionNoticeMarshaller().read(zip.getInputStream(zip.getEntry("decision-notice.xml")));
        }
        assertThat(notice.getRecipient()).isEqualTo(SONGJIANG);
        assertThat(notice.getDecision()).hasSize(1);
        var approved = notice.getDecision().get(0).getApproved();
        assertThat(approved.getProjectNumber()).isEqualTo(projectNumber);
        assertThat(approved.getGuarantor()).isEqualTo(SONGJIANG);
        assertThat(approved.getTermEnd()).isEqualTo(approved.getTermStart().plusYears(2).minusDays(1));
        assertThat(approved.getTermStart()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        Xmlsec1.verifiesAndRefusesTampering(fetched, demoKeys.resolve("ca/demo-ca.pem"), "decision-notice.xml",
                Files.createDirectories(work.resolve("notice-unpacked")).toAbsolutePath().normalize());
    }

    /** 310117 fetches the notice from its receipts/ folder with the real OpenSSH sftp client (key authentication). */
    private Path fetchOverSftp(SiteProcess site, String name) throws Exception {
        Path key = work.resolve("ssh-" + SONGJIANG);
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", SONGJIANG, "-f", key.toString())
                .redirectErrorStream(true).start();
        assertThat(keygen.waitFor(30, TimeUnit.SECONDS) && keygen.exitValue() == 0).isTrue();
        HttpResponse<String> r = site.postText("/api/admin/trust/recommenders/" + SONGJIANG + "/ssh-keys",
                Files.readString(Path.of(key + ".pub")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Path local = Files.createDirectories(work.resolve("fetched")).resolve(name);
        Path commands = work.resolve("sftp-commands.txt");
        Files.write(commands, List.of("get receipts/" + name + " " + local));
        Process sftp = new ProcessBuilder("sftp", "-b", commands.toString(), "-i", key.toString(), "-P",
                Integer.toString(site.sftpPort), "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", SONGJIANG + "@127.0.0.1")
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(sftp.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(sftp.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(sftp.exitValue()).as(output).isZero();
        return local;
    }

    // ---- the batch, as 310117's integrator delivers it

    private void importSignedBatch(SiteProcess site) throws Exception {
        Path demoKeys = site.dataDir.resolve("demo-keys");
        char[] password = Files.readString(demoKeys.resolve("keystore-password.txt")).strip().toCharArray();
        SigningKey signer = SigningKey.fromPkcs12(demoKeys.resolve("keys/" + SONGJIANG + ".p12"), password);
        HttpResponse<String> registered = site.postText("/api/admin/trust/recommenders/" + SONGJIANG + "/certificates",
                Pem.write(signer.certificate()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        Path pkg = new Batches(Files.createDirectories(work.resolve("packages")))
                .signed(Batches.batchXml(SONGJIANG, UUID.randomUUID().toString(), 1, null), signer);
        Batches.drop(pkg, site.dataDir.resolve("dropbox/" + SONGJIANG + "/inbox"), "batch-1.zip");
        Path receipts = site.dataDir.resolve("dropbox/" + SONGJIANG + "/receipts");
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline) && count(receipts) == 0) {
            Thread.sleep(250);
        }
        assertThat(count(receipts)).as("receipt for the batch\n" + site.tail()).isEqualTo(1);
    }

    private static long count(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip")).count();
        }
    }
}
