package cn.sh.pilot.app.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import cn.sh.pilot.app.inbox.Batches;
import cn.sh.pilot.app.inbox.SiteProcess;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.transport.OpenSsh;
import cn.sh.pilot.exchange.transport.OpenSshServer;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.trust.FolderTrustStore;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recommender site (徐汇区, 310104) in real headless Chromium against the site started by run.sh, on a site clock
 * set to the 2023 call ({@code PILOT_CLOCK_FIXED}): an operator enters a key-project application in the Chinese
 * console, is refused for a wrong unified social credit code, corrects it and submits in time (2023-05-10). The site
 * is then restarted on the same data directory with its clock after the deadline (2023-05-16): the submitted
 * application is still there, and a second application is refused as late, in Chinese.
 * Before the restart the operator also does the preliminary review (an opinion is required; recommended, rank 1),
 * builds the batch, looks at it and signs it; the package in the outbox verifies with {@code PackageVerifier} (the
 * demo trust folder the site generated) and with the real {@code xmlsec1} from the unpacked package's root, which
 * refuses it after one changed byte of the payload. Sending goes to a real OpenSSH sshd on loopback (key
 * authentication, pinned host key): first while it is down — not delivered, shown with the error, still signed — then
 * up: delivered under its final name only, byte for byte; that received copy is the one verified.
 * Fails (never skips) when Chromium or chromedriver is missing.
 */
class RecommenderSiteBrowserIT {

    private static final String ADMIN_PASSWORD = "it-Admin-Passw0rd!";
    private static final String VALID_USCC = "12310104MB2F12340K";
    private static final String WRONG_CHECK_CHARACTER = "12310104MB2F12340A";
    private static final String PROJECT = "城市运行“一网统管”数字治理综合标准化试点";
    private static final String OPINION = "经初审，申报单位符合通知第二条规定的条件，项目方向属于城市数字治理，同意推荐。";

    private final Path appDir = Path.of(System.getProperty("pilot.app.dir", ".")).toAbsolutePath();
    private final Path work = appDir.resolve("target/browser-it");
    private ConsoleBrowser console;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
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
    void an_operator_enters_an_application_is_refused_in_chinese_for_a_wrong_credit_code_and_for_a_late_one() throws Exception {
        Path data = Files.createTempDirectory(work, "recommender-");
        Path log = data.resolve("server.log");
        int port = RunningSite.freePort();
        String operator = "xh" + System.nanoTime() % 1_000_000;

        // the municipal SFTP endpoint: a real OpenSSH sshd on loopback, not yet started
        OpenSshServer sshd = new OpenSshServer(data.resolve("sshd"));
        Path clientKey = OpenSsh.keygen(Files.createDirectories(data.resolve("ssh")), "id_310104", "ed25519");
        sshd.authorize(clientKey);
        Path remoteInbox = Files.createDirectories(data.resolve("municipal/inbox"));
        Map<String, String> firstRun = new HashMap<>(settings("2023-05-10T10:00:00+08:00"));
        firstRun.putAll(Map.of("PILOT_MUNICIPAL_SFTP_HOST", "127.0.0.1", "PILOT_MUNICIPAL_SFTP_PORT", Integer.toString(sshd.port()),
                "PILOT_MUNICIPAL_SFTP_USER", sshd.user(), "PILOT_MUNICIPAL_SFTP_KEY", clientKey.toString(),
                "PILOT_MUNICIPAL_SFTP_HOST_KEY", sshd.hostKeyLine(), "PILOT_MUNICIPAL_SFTP_INBOX", remoteInbox.toString(),
                "PILOT_MUNICIPAL_SFTP_ATTEMPTS", "2"));

        try (sshd; RunningSite site = RunningSite.start(appDir, data, port, ADMIN_PASSWORD, log, firstRun)) {
            console.base = site.base;
            console.createOperator(ADMIN_PASSWORD, operator, "徐汇区初审员", "310104", "Xuhui-pass-2023");

            login(operator, "Xuhui-pass-2023");
            browser.findElement(By.id("nav-applications")).click();
            assertThat(text("page-title")).isEqualTo("申报材料");
            browser.findElement(By.id("new-application")).click();
            assertThat(text("page-title")).isEqualTo("录入申请");
            fillKeyProject("上海市徐汇区城市运行管理中心", WRONG_CHECK_CHARACTER);
            shot("intake-01-form");
            submit("app:submit");

            assertThat(text("refusals")).contains("统一社会信用代码").doesNotContain("申报已截止");
            assertThat(text("messages")).contains("申请未能提交");
            shot("intake-02-refused-uscc");

            // the stored draft takes a large scanned form (18 MB), so that sending it takes long enough to be cut
            Path scan = largePdf(data.resolve("stamped-form.pdf"), 18 * 1024 * 1024);
            browser.findElement(By.id("upload:file")).sendKeys(scan.toString());
            type("upload:description", "盖章申请表扫描件");
            submit("upload:go");
            assertThat(text("messages")).contains("stamped-form.pdf");

            type("app:creditCode", VALID_USCC);
            submit("app:submit");
            assertThat(text("messages")).contains("申请已提交");
            assertThat(text("application-state")).isEqualTo("已提交");
            assertThat(browser.findElements(By.id("app:submit"))).as("no longer editable").isEmpty();
            shot("intake-03-submitted");

            browser.findElement(By.id("back-to-list")).click();
            assertThat(text("application-table")).contains("上海市徐汇区城市运行管理中心", "已提交", VALID_USCC);
            shot("intake-04-list");

            // 初审: an opinion is required, then the application is recommended with rank 1
            browser.findElement(By.cssSelector("#application-table a[href*='edit.xhtml']")).click();
            assertThat(text("preliminary-review")).contains("初审意见");
            submit("review:save");
            assertThat(text("review-refusals")).contains("请填写推荐部门意见");
            type("review:opinion", OPINION);
            browser.findElement(By.cssSelector("input[name='review:recommend'][value='true']")).click();
            type("review:rank", "1");
            submit("review:save");
            assertThat(text("messages")).contains("初审意见已保存：推荐");
            assertThat(text("application-state")).isEqualTo("已推荐");
            assertThat(text("review-recorded")).contains("徐汇区初审员");
            shot("review-01-recommended");

            // the batch: built, looked at, signed into the outbox
            browser.findElement(By.id("nav-batches")).click();
            assertThat(text("page-title")).isEqualTo("推荐批次");
            assertThat(text("candidate-table")).contains(PROJECT, "待报送");
            submit("build:go");
            assertThat(text("messages")).contains("已生成第 1 号批次（1 个推荐项目）");
            assertThat(text("built-batch-sequence")).isEqualTo("1");
            assertThat(text("built-batch-previous")).isEqualTo("无（首个批次）");
            assertThat(text("built-items")).contains("1", PROJECT,
                    "上海市徐汇区城市运行管理中心", OPINION, "徐汇区初审员");
            String batchId = text("built-batch-id");
            shot("batch-01-final-look");
            submit("sign:go");
            assertThat(text("messages")).contains("第 1 号批次已签名");
            assertThat(browser.findElements(By.id("built-batch"))).as("nothing left to sign").isEmpty();
            assertThat(text("batch-table")).contains(batchId, "已签名", "batch-310104-0001-" + batchId.substring(0, 8));
            assertThat(text("candidate-table")).contains("已报送");
            shot("batch-02-signed");
            String name = "batch-310104-0001-" + batchId.substring(0, 8) + ".zip";
            Path pkg = data.resolve("outbox").resolve(name);
            assertThat(pkg).isRegularFile();
            try (var outbox = Files.list(data.resolve("outbox"))) {
                assertThat(outbox.toList()).as("only complete packages in the outbox").containsExactly(pkg);
            }

            // sending: the endpoint is down, so not delivered (visible, still signed); once it is up, delivered
            assertThat(text("to-send")).contains(name);
            submit("send:go");
            assertThat(text("messages")).contains("第 1 号批次未能送达", "共尝试 2 次");
            assertThat(text("batch-table")).contains("已签名", "未送达（尝试 2 次）");
            shot("batch-03-not-delivered");
            // the endpoint is up, and the connection is cut while the package is being written: sent again, never
            // visible under its final name until complete
            sshd.start();
            MidTransferCut cut = MidTransferCut.watch(sshd, remoteInbox, name, Files.size(pkg));
            submit("send:go");
            cut.stop();
            assertThat(cut.killed).as("sessions killed while " + name + ".part was being written").isPositive();
            assertThat(cut.incompleteUnderFinalName).as("a partial file under the final name").isEmpty();
            assertThat(text("messages")).contains("第 1 号批次已送达市局");
            assertThat(text("batch-table")).contains("已发送", "已送达（尝试 2 次）");
            assertThat(browser.findElements(By.id("to-send"))).as("nothing left to send").isEmpty();
            shot("batch-04-sent");
            logout();
            try (var received = Files.list(remoteInbox)) {
                assertThat(received.toList()).as("only the final name at the endpoint").containsExactly(remoteInbox.resolve(name));
            }
            assertThat(Files.readAllBytes(remoteInbox.resolve(name))).isEqualTo(Files.readAllBytes(pkg));

            // done-when 4: the package the endpoint received verifies here and with xmlsec1
            verifiesWithPackageVerifierAndXmlsec1(remoteInbox.resolve(name), data.resolve("keys"), batchId);
        }

        // the same site after the deadline: what was entered is kept, a new application is refused as late
        try (RunningSite site = RunningSite.start(appDir, data, port, ADMIN_PASSWORD, log, settings("2023-05-16T09:00:00+08:00"))) {
            console.base = site.base;
            browser.manage().deleteAllCookies();
            login(operator, "Xuhui-pass-2023");
            open("/applications/list.xhtml");
            assertThat(text("application-table")).contains("上海市徐汇区城市运行管理中心", "已推荐");
            browser.findElement(By.id("new-application")).click();
            fillKeyProject("上海漕河泾开发区智慧园区运营有限公司", VALID_USCC);
            submit("app:submit");
            assertThat(text("refusals")).contains("申报已截止").doesNotContain("统一社会信用代码");
            assertThat(text("application-state")).isEqualTo("草稿");
            shot("intake-05-refused-late");
        }
    }

    /**
     * Issue 4's receipts and issue 6's decision notice, between two real sites: the municipal site ({@code run.sh},
     * its MINA SFTP endpoint and inbox) and this recommender site. The first batch is refused by the municipal inbox
     * (the site's signing certificate is not registered there yet): the signed receipt comes back by the schedule,
     * the batch shows 市局已拒绝 with the Chinese reason and its error id, the application is free again. Once the
     * certificate is registered the batch built again takes sequence 1 again (the refused one never joined the
     * municipal chain) and is accepted. The municipal site then approves its item in its own console in the same
     * browser ({@link MunicipalApproval}: routed, checked, scored, proposed, confirmed by a second approver) and puts
     * its signed decision notice into the site's receipts/ folder; two forged copies of that real notice go next to
     * it, one with the number changed after signing and one re-signed with a district key. The 取回回执 button (or the
     * schedule) fetches them: the application shows 已立项 with exactly the number the municipal console showed and
     * the term from today (Asia/Shanghai) for two years; the forged two are listed as not verified and never applied;
     * the genuine one again under another name is kept once (by its SHA-256).
     */
    @Test
    void a_refused_batch_frees_its_application_the_next_is_accepted_and_a_decision_notice_shows_the_project_number()
            throws Exception {
        Path root = Files.createTempDirectory(work, "two-sites-");
        String operator = "xh" + System.nanoTime() % 1_000_000;
        // each site has a database of its own (SiteDatabase: H2 in its data dir, or its own on a PostgreSQL run)
        try (SiteProcess municipal = SiteProcess.start(appDir, root.resolve("municipal"), SiteProcess.freePort(),
                SiteProcess.freePort(), ADMIN_PASSWORD, root.resolve("municipal.log"))) {
            Path demoKeys = municipal.dataDir.resolve("demo-keys");
            String keystorePassword = Files.readString(demoKeys.resolve("keystore-password.txt")).strip();
            Path sshKey = OpenSsh.keygen(Files.createDirectories(root.resolve("ssh")), "id_310104", "ed25519");
            HttpResponse<String> registered = municipal.postText("/api/admin/trust/recommenders/310104/ssh-keys",
                    OpenSsh.publicKeyLine(sshKey));
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            Path pinned = root.resolve("municipal-certificate.pem");
            Files.writeString(pinned, Files.readString(demoKeys.resolve("keys/310000.pem"))
                    + Files.readString(demoKeys.resolve("ca/demo-ca.pem")));
            Map<String, String> settings = new HashMap<>(settings("2023-05-10T10:00:00+08:00"));
            settings.putAll(Map.of("PILOT_SIGNING_KEYSTORE", demoKeys.resolve("keys/310104.p12").toString(),
                    "PILOT_SIGNING_PASSWORD", keystorePassword, "PILOT_MUNICIPAL_SFTP_HOST", "127.0.0.1",
                    "PILOT_MUNICIPAL_SFTP_PORT", Integer.toString(municipal.sftpPort),
                    "PILOT_MUNICIPAL_SFTP_KEY", sshKey.toString(), "PILOT_MUNICIPAL_SFTP_HOST_KEY", hostKeyLine(municipal),
                    "PILOT_MUNICIPAL_CERTIFICATE", pinned.toString(), "PILOT_MUNICIPAL_SFTP_FETCH_EVERY", "PT3S",
                    "PILOT_MUNICIPAL_SFTP_ATTEMPTS", "2"));
            Path data = root.resolve("recommender");
            Path receipts = municipal.dataDir.resolve("sftp/sites/310104/receipts");

            try (RunningSite site = RunningSite.start(appDir, data, RunningSite.freePort(), ADMIN_PASSWORD,
                    root.resolve("recommender.log"), settings)) {
                console.base = site.base;
                console.createOperator(ADMIN_PASSWORD, operator, "徐汇区初审员", "310104", "Xuhui-pass-2023");
                login(operator, "Xuhui-pass-2023");
                open("/applications/edit.xhtml");
                fillKeyProject("上海市徐汇区城市运行管理中心", VALID_USCC);
                submit("app:submit");
                assertThat(text("application-state")).isEqualTo("已提交");
                String applicationUrl = browser.getCurrentUrl();
                String applicationId = applicationUrl.substring(applicationUrl.indexOf("id=") + 3);
                type("review:opinion", OPINION);
                browser.findElement(By.cssSelector("input[name='review:recommend'][value='true']")).click();
                type("review:rank", "1");
                submit("review:save");
                assertThat(text("application-state")).isEqualTo("已推荐");
                assertThat(text("municipal-answers")).contains("尚未收到市局");

                // batch 1 is refused: 310104's signing certificate is not registered at the municipal site yet
                String refusedBatch = buildSignAndSend(1, null);
                awaitFiles(receipts, 1);
                awaitText("batch-table", "市局已拒绝");
                assertThat(text("batch-table")).contains("certificate-not-registered", "已拒绝（回执");
                assertThat(text("candidate-table")).as("the application is free again").contains("待报送")
                        .doesNotContain("已报送");
                assertThat(text("answer-table")).contains("回执");
                shot("receipts-01-refused-batch");
                open("/applications/edit.xhtml?id=" + applicationId);
                assertThat(text("municipal-answers")).contains("已拒绝", "certificate-not-registered");
                scrollTo("municipal-answers");
                shot("receipts-02-application-refused");
                assertThat(browser.findElements(By.id("review:save"))).as("the review can be corrected").isNotEmpty();
                type("review:opinion", OPINION + "（补正后重新报送）");
                submit("review:save");
                assertThat(text("messages")).contains("初审意见已保存");

                // registered: built again, the batch takes sequence 1 again (no previous), and is accepted
                HttpResponse<String> certificate = municipal.postText("/api/admin/trust/recommenders/310104/certificates",
                        Files.readString(demoKeys.resolve("keys/310104.pem")));
                assertThat(certificate.statusCode()).as(certificate.body()).isEqualTo(201);
                String acceptedBatch = buildSignAndSend(1, null);
                assertThat(acceptedBatch).isNotEqualTo(refusedBatch);
                awaitFiles(receipts, 2);
                awaitText("batch-table", "市局已接受");
                assertThat(text("candidate-table")).contains("已报送");
                assertThat(municipal.get("/api/inbox/batches/" + acceptedBatch + "/items").body()).contains("\"items\":1");
                shot("receipts-03-accepted-batch");
                open("/applications/edit.xhtml?id=" + applicationId);
                assertThat(text("municipal-answers")).contains("已接受");

                // the municipal site approves the item in its own console (the same browser, on the municipal site)
                browser.manage().deleteAllCookies(); // both sites are on localhost: one session cookie at a time
                console.base = municipal.base;
                String number = new MunicipalApproval(console, "two-sites-").approve(ADMIN_PASSWORD, PROJECT, "310104",
                        VALID_USCC);
                LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

                // its signed decision notice (立项通知) waits in 310104's receipts/ folder; next to it, two forged
                // copies of it: one with the number changed after signing, one re-signed with a district's key
                awaitFiles(receipts, 3); // the two receipts and the notice
                Path genuine = decisionNotice(receipts);
                SigningKey districtKey = SigningKey.fromPkcs12(demoKeys.resolve("keys/310104.p12"),
                        keystorePassword.toCharArray());
                Batches packages = new Batches(Files.createDirectories(root.resolve("notices")));
                Path tampered = packages.tampered(genuine, "decision-notice.xml", number, "SHBZSD-2023-9999");
                Path foreign = packages.signed("decision-notice.xml",
                        payload(genuine, "decision-notice.xml").replace(number, "SHBZSD-2023-8888"), districtKey);
                assertThat(number).isNotIn("SHBZSD-2023-9999", "SHBZSD-2023-8888");
                Batches.drop(tampered, receipts, "decision-a-tampered.zip");
                Batches.drop(foreign, receipts, "decision-b-foreign.zip");

                // the recommender site fetches them (取回回执, or its schedule): the genuine one applies, the forged not
                browser.manage().deleteAllCookies();
                console.base = site.base;
                login(operator, "Xuhui-pass-2023");
                open("/batches/index.xhtml");
                submit("fetch:go");
                assertThat(text("messages")).contains("已取回");
                awaitText("answer-table", "decision-a-tampered.zip");
                awaitText("answer-table", "decision-b-foreign.zip");
                assertThat(text("answer-table")).contains(genuine.getFileName().toString(), "立项通知",
                        "未通过核验，未予采用", "digest-mismatch", "certificate-not-registered");
                shot("receipts-04-answers");
                open("/applications/edit.xhtml?id=" + applicationId);
                assertThat(text("municipal-answers")).contains("已立项", number, today.toString(),
                                today.plusYears(2).minusDays(1).toString())
                        .doesNotContain("SHBZSD-2023-9999").doesNotContain("SHBZSD-2023-8888");
                scrollTo("municipal-answers");
                shot("receipts-05-approved");

                // the same files fetched again change nothing, nor does the genuine notice again under another name
                // (kept once by its SHA-256); in English the texts read in English
                open("/batches/index.xhtml");
                submit("fetch:go");
                assertThat(text("messages")).contains("已取回 0 个新文件：回执 0 份，立项通知 0 份，未通过核验 0 份");
                Batches.drop(genuine, receipts, "decision-c-again.zip");
                submit("fetch:go");
                assertThat(data.resolve("receipts/decision-c-again.zip")).as("fetched").isRegularFile();
                assertThat(text("messages")).contains("立项通知 0 份");
                assertThat(text("answer-table")).doesNotContain("decision-c-again.zip");
                submit("lang:en");
                assertThat(text("batch-table")).contains("Accepted by the municipal bureau", "Refused by the municipal bureau");
                open("/applications/edit.xhtml?id=" + applicationId);
                assertThat(text("municipal-answers")).contains("Approved (已立项)", number);
            }
        }
    }

    private void scrollTo(String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);",
                browser.findElement(By.id(id)));
    }

    /** Builds, signs and sends the next batch from the batches page; returns its id. */
    private String buildSignAndSend(int sequence, String previous) {
        open("/batches/index.xhtml");
        submit("build:go");
        assertThat(text("built-batch-sequence")).isEqualTo(Integer.toString(sequence));
        assertThat(text("built-batch-previous")).isEqualTo(previous == null ? "无（首个批次）" : previous);
        String id = text("built-batch-id");
        submit("sign:go");
        submit("send:go");
        assertThat(text("messages")).contains("第 " + sequence + " 号批次已送达市局");
        return id;
    }

    /** The endpoint's host key line, as the municipal site logs it for recommenders to pin. */
    private static String hostKeyLine(SiteProcess municipal) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("host key (\\S+ \\S+)").matcher(municipal.tail());
        assertThat(m.find()).as("host key in the municipal log").isTrue();
        return m.group(1);
    }

    private static void awaitFiles(Path folder, int count) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (var files = Files.list(folder)) {
                if (files.filter(f -> f.getFileName().toString().endsWith(".zip")).count() >= count) {
                    return;
                }
            } catch (java.nio.file.NoSuchFileException notYet) {
                // the folder appears with the first receipt
            }
            assertThat(System.nanoTime() < end).as(count + " receipt(s) in " + folder).isTrue();
            Thread.sleep(200);
        }
    }

    /** Reloads the page until the element shows the text (the scheduled fetch runs every few seconds). */
    private void awaitText(String id, String expected) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!text(id).contains(expected)) {
            assertThat(System.nanoTime() < end).as(id + " shows " + expected + ": " + text(id)).isTrue();
            Thread.sleep(1000);
            browser.navigate().refresh();
        }
    }

    /** The one decision notice the municipal site has put into the recommender's receipts/ folder. */
    private static Path decisionNotice(Path receipts) throws Exception {
        try (var files = Files.list(receipts)) {
            List<Path> notices = files.filter(f -> f.getFileName().toString().startsWith("decision-310104-")
                    && f.getFileName().toString().endsWith(".zip")).toList();
            assertThat(notices).as("decision notices in " + receipts).hasSize(1);
            return notices.get(0);
        }
    }

    private static String payload(Path pkg, String entry) throws Exception {
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A PDF by its content ({@code %PDF-}), incompressible so that the package is as large as the file. */
    private static Path largePdf(Path file, int size) throws Exception {
        byte[] bytes = new byte[size];
        new java.util.Random(139).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return Files.write(file, bytes);
    }

    /**
     * Watches the endpoint's inbox while the site sends: kills the sshd session processes once the temporary file
     * ({@code <name>.part}) holds 1 MB, and records every moment the final name is there with fewer bytes than the
     * package (there must be none).
     */
    private static final class MidTransferCut {
        private final Thread watcher;
        private volatile boolean stopped;
        volatile int killed;
        final List<String> incompleteUnderFinalName = new java.util.concurrent.CopyOnWriteArrayList<>();

        private MidTransferCut(OpenSshServer sshd, Path inbox, String name, long size) {
            Path part = inbox.resolve(name + ".part");
            Path last = inbox.resolve(name);
            watcher = new Thread(() -> {
                while (!stopped) {
                    try {
                        if (killed == 0 && Files.exists(part) && Files.size(part) >= 1024 * 1024) {
                            killed = sshd.killSessions();
                        }
                        if (Files.exists(last) && Files.size(last) != size) {
                            incompleteUnderFinalName.add(Files.size(last) + " of " + size + " bytes");
                        }
                    } catch (java.io.IOException raced) {
                        // the file moved between the checks: look again
                    } catch (Exception e) {
                        incompleteUnderFinalName.add("watch failed: " + e);
                        return;
                    }
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "mid-transfer-cut");
            watcher.setDaemon(true);
        }

        static MidTransferCut watch(OpenSshServer sshd, Path inbox, String name, long size) {
            MidTransferCut cut = new MidTransferCut(sshd, inbox, name, size);
            cut.watcher.start();
            return cut;
        }

        void stop() throws InterruptedException {
            stopped = true;
            watcher.join(5_000);
        }
    }

    /** {@code PackageVerifier} with the demo trust folder, then xmlsec1 from the unpacked package's root. */
    private void verifiesWithPackageVerifierAndXmlsec1(Path pkg, Path keys, String batchId) throws Exception {
        VerificationReport report = new PackageVerifier(FolderTrustStore.load(keys.resolve("trust"))).verify(pkg);
        assertThat(report.accepted()).as(report.toString()).isTrue();
        assertThat(report.claimedSender()).isEqualTo("310104");
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            String payload = new String(zip.getInputStream(zip.getEntry("batch.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(payload).contains(batchId, "PriorityRank>1</", OPINION, VALID_USCC);
        }

        Path root = Files.createDirectories(keys.resolveSibling("unpacked")).toAbsolutePath().normalize();
        Xmlsec1.verifiesAndRefusesTampering(pkg, keys.resolve("ca/demo-ca.pem"), "batch.xml", root);
    }

    private static Map<String, String> settings(String clock) {
        return Map.of("PILOT_SITE_ROLE", "RECOMMENDER", "PILOT_SITE_CODE", "310104", "PILOT_CLOCK_FIXED", clock);
    }

    private void fillKeyProject(String applicant, String creditCode) {
        console.fillKeyProject(applicant, creditCode);
    }

    private void open(String path) {
        console.open(path);
    }

    private void login(String user, String password) {
        console.login(user, password);
    }

    private void logout() {
        console.logout();
    }

    private void submit(String id) {
        console.submit(id);
    }

    private void type(String id, String value) {
        console.type(id, value);
    }

    private String text(String id) {
        return console.text(id);
    }

    private void shot(String name) throws Exception {
        console.shot(name);
    }
}
