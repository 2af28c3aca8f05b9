package cn.sh.pilot.app.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.transport.OpenSsh;
import cn.sh.pilot.exchange.transport.OpenSshServer;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.trust.FolderTrustStore;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
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

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ADMIN_PASSWORD = "it-Admin-Passw0rd!";
    private static final String VALID_USCC = "12310104MB2F12340K";
    private static final String WRONG_CHECK_CHARACTER = "12310104MB2F12340A";
    private static final String OPINION = "经初审，申报单位符合通知第二条规定的条件，项目方向属于城市数字治理，同意推荐。";

    private final Path appDir = Path.of(System.getProperty("pilot.app.dir", ".")).toAbsolutePath();
    private final Path work = appDir.resolve("target/browser-it");
    private Path shots;
    private WebDriver browser;
    private String base;

    @BeforeEach
    void openBrowser() throws Exception {
        assertThat(CHROMIUM).as("Debian package chromium").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian package chromium-driver").isExecutable();
        Files.createDirectories(work);
        shots = Files.createDirectories(appDir.resolve("target/screenshots"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--user-data-dir=" + Files.createTempDirectory(work, "chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
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
            base = site.base;
            login("admin", ADMIN_PASSWORD);
            open("/admin/user.xhtml");
            type("user:username", operator);
            type("user:displayName", "徐汇区初审员");
            browser.findElement(By.cssSelector("input[name='user:roles'][value='RECOMMENDER_OPERATOR']")).click();
            new Select(browser.findElement(By.id("user:recommender"))).selectByValue("310104");
            type("user:password", "Xuhui-pass-2023");
            submit("user:save");
            logout();

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
            assertThat(text("candidate-table")).contains("城市运行“一网统管”数字治理综合标准化试点", "待报送");
            submit("build:go");
            assertThat(text("messages")).contains("已生成第 1 号批次（1 个推荐项目）");
            assertThat(text("built-batch-sequence")).isEqualTo("1");
            assertThat(text("built-batch-previous")).isEqualTo("无（首个批次）");
            assertThat(text("built-items")).contains("1", "城市运行“一网统管”数字治理综合标准化试点",
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
            sshd.start();
            submit("send:go");
            assertThat(text("messages")).contains("第 1 号批次已送达市局");
            assertThat(text("batch-table")).contains("已发送", "已送达（尝试 1 次）");
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
            base = site.base;
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
        type("app:applicantName", applicant);
        type("app:creditCode", creditCode);
        new Select(browser.findElement(By.id("app:districtCode"))).selectByValue("310104");
        type("app:address", "上海市徐汇区漕溪北路336号");
        type("app:postalCode", "200030");
        type("app:legalRepresentative", "王建国");
        type("app:contactName", "李晓燕");
        type("app:contactTitle", "综合管理科科长");
        type("app:contactPhone", "021-64870000");
        type("app:contactEmail", "lixiaoyan@example.gov.cn");
        type("app:bodyName", "标准化工作办公室");
        type("app:fullTimeStaff", "2");
        type("app:partTimeStaff", "6");
        for (String box : new String[]{"registeredInShanghai", "goodCredit", "governmentLed", "inLineWithIndustrialPolicy"}) {
            WebElement checkbox = browser.findElement(By.id("app:" + box));
            if (!checkbox.isSelected()) {
                checkbox.click();
            }
        }
        type("app:projectName", "城市运行“一网统管”数字治理综合标准化试点");
        new Select(browser.findElement(By.id("app:projectType"))).selectByValue("KEY");
        new Select(browser.findElement(By.id("app:pilotKind"))).selectByValue("SOCIAL_MGMT_PUBLIC_SERVICE");
        new Select(browser.findElement(By.id("app:direction"))).selectByValue("CITY_DIGITAL_GOVERNANCE");
        type("app:summary", "围绕城市运行“一网统管”，构建覆盖数据共享、事件分类编码和运行管理的标准体系。");
        type("app:goals", "形成地方标准1项\n在全区13个街道（镇）推广实施");
        type("app:budgetTotal", "120");
        type("app:budgetSelfFunded", "80");
        WebElement level = browser.findElement(By.cssSelector("select[id$=':level']"));
        new Select(level).selectByValue("LOCAL");
        browser.findElement(By.cssSelector("input[id$=':title']")).sendKeys("城市运行“一网统管”事件处置数据共享规范");
        browser.findElement(By.cssSelector("input[id$=':year']")).sendKeys("2024");
        new Select(browser.findElement(By.id("app:endorsementDepartment"))).selectByValue("DSJJ");
        type("app:endorsementOpinion", "同意推荐。该项目符合本市城市数字化转型方向。");
    }

    private void open(String path) {
        browser.get(base + path);
    }

    private void login(String user, String password) {
        open("/login.xhtml");
        type("login:username", user);
        type("login:password", password);
        submit("login:submit");
        assertThat(browser.findElements(By.id("page-title"))).as("logged in as " + user + ": " + browser.getPageSource()).isNotEmpty();
    }

    private void logout() {
        submit("logout:go");
        assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
    }

    /** Clicks a submit button and waits until the browser has left the page it was on. */
    private void submit(String id) {
        WebElement button = browser.findElement(By.id(id));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private void shot(String name) throws Exception {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
