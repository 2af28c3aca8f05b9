package cn.sh.pilot.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.transport.OpenSsh;
import cn.sh.pilot.exchange.transport.OpenSshServer;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.trust.FolderTrustStore;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
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
    private static final String OPINION = "经初审，申报单位符合通知第二条规定的条件，项目方向属于城市数字治理，同意推荐。";

    private final Path appDir = Path.of(System.getProperty("pilot.app.dir", ".")).toAbsolutePath();
    private final Path work = appDir.resolve("target/browser-it");
    @RegisterExtension
    final Chromium chromium = new Chromium(work, appDir.resolve("target/screenshots"), null);

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
            chromium.base = site.base;
            chromium.login("admin", ADMIN_PASSWORD);
            chromium.createUser(operator, "徐汇区初审员", "RECOMMENDER_OPERATOR", "310104", "Xuhui-pass-2023");
            chromium.logout();

            chromium.login(operator, "Xuhui-pass-2023");
            chromium.browser.findElement(By.id("nav-applications")).click();
            assertThat(chromium.text("page-title")).isEqualTo("申报材料");
            chromium.browser.findElement(By.id("new-application")).click();
            assertThat(chromium.text("page-title")).isEqualTo("录入申请");
            fillKeyProject("上海市徐汇区城市运行管理中心", WRONG_CHECK_CHARACTER);
            chromium.shot("intake-01-form");
            chromium.submit("app:submit");

            assertThat(chromium.text("refusals")).contains("统一社会信用代码").doesNotContain("申报已截止");
            assertThat(chromium.text("messages")).contains("申请未能提交");
            chromium.shot("intake-02-refused-uscc");

            chromium.type("app:creditCode", VALID_USCC);
            chromium.submit("app:submit");
            assertThat(chromium.text("messages")).contains("申请已提交");
            assertThat(chromium.text("application-state")).isEqualTo("已提交");
            assertThat(chromium.browser.findElements(By.id("app:submit"))).as("no longer editable").isEmpty();
            chromium.shot("intake-03-submitted");

            chromium.browser.findElement(By.id("back-to-list")).click();
            assertThat(chromium.text("application-table")).contains("上海市徐汇区城市运行管理中心", "已提交", VALID_USCC);
            chromium.shot("intake-04-list");

            // 初审: an opinion is required, then the application is recommended with rank 1
            chromium.browser.findElement(By.cssSelector("#application-table a[href*='edit.xhtml']")).click();
            assertThat(chromium.text("preliminary-review")).contains("初审意见");
            chromium.submit("review:save");
            assertThat(chromium.text("review-refusals")).contains("请填写推荐部门意见");
            chromium.type("review:opinion", OPINION);
            chromium.browser.findElement(By.cssSelector("input[name='review:recommend'][value='true']")).click();
            chromium.type("review:rank", "1");
            chromium.submit("review:save");
            assertThat(chromium.text("messages")).contains("初审意见已保存：推荐");
            assertThat(chromium.text("application-state")).isEqualTo("已推荐");
            assertThat(chromium.text("review-recorded")).contains("徐汇区初审员");
            chromium.shot("review-01-recommended");

            // the batch: built, looked at, signed into the outbox
            chromium.browser.findElement(By.id("nav-batches")).click();
            assertThat(chromium.text("page-title")).isEqualTo("推荐批次");
            assertThat(chromium.text("candidate-table")).contains("城市运行“一网统管”数字治理综合标准化试点", "待报送");
            chromium.submit("build:go");
            assertThat(chromium.text("messages")).contains("已生成第 1 号批次（1 个推荐项目）");
            assertThat(chromium.text("built-batch-sequence")).isEqualTo("1");
            assertThat(chromium.text("built-batch-previous")).isEqualTo("无（首个批次）");
            assertThat(chromium.text("built-items")).contains("1", "城市运行“一网统管”数字治理综合标准化试点",
                    "上海市徐汇区城市运行管理中心", OPINION, "徐汇区初审员");
            String batchId = chromium.text("built-batch-id");
            chromium.shot("batch-01-final-look");
            chromium.submit("sign:go");
            assertThat(chromium.text("messages")).contains("第 1 号批次已签名");
            assertThat(chromium.browser.findElements(By.id("built-batch"))).as("nothing left to sign").isEmpty();
            assertThat(chromium.text("batch-table")).contains(batchId, "已签名", "batch-310104-0001-" + batchId.substring(0, 8));
            assertThat(chromium.text("candidate-table")).contains("已报送");
            chromium.shot("batch-02-signed");
            String name = "batch-310104-0001-" + batchId.substring(0, 8) + ".zip";
            Path pkg = data.resolve("outbox").resolve(name);
            assertThat(pkg).isRegularFile();
            try (var outbox = Files.list(data.resolve("outbox"))) {
                assertThat(outbox.toList()).as("only complete packages in the outbox").containsExactly(pkg);
            }

            // sending: the endpoint is down, so not delivered (visible, still signed); once it is up, delivered
            assertThat(chromium.text("to-send")).contains(name);
            chromium.submit("send:go");
            assertThat(chromium.text("messages")).contains("第 1 号批次未能送达", "共尝试 2 次");
            assertThat(chromium.text("batch-table")).contains("已签名", "未送达（尝试 2 次）");
            chromium.shot("batch-03-not-delivered");
            sshd.start();
            chromium.submit("send:go");
            assertThat(chromium.text("messages")).contains("第 1 号批次已送达市局");
            assertThat(chromium.text("batch-table")).contains("已发送", "已送达（尝试 1 次）");
            assertThat(chromium.browser.findElements(By.id("to-send"))).as("nothing left to send").isEmpty();
            chromium.shot("batch-04-sent");
            chromium.logout();
            try (var received = Files.list(remoteInbox)) {
                assertThat(received.toList()).as("only the final name at the endpoint").containsExactly(remoteInbox.resolve(name));
            }
            assertThat(Files.readAllBytes(remoteInbox.resolve(name))).isEqualTo(Files.readAllBytes(pkg));

            // done-when 4: the package the endpoint received verifies here and with xmlsec1
            verifiesWithPackageVerifierAndXmlsec1(remoteInbox.resolve(name), data.resolve("keys"), batchId);
        }

        // the same site after the deadline: what was entered is kept, a new application is refused as late
        try (RunningSite site = RunningSite.start(appDir, data, port, ADMIN_PASSWORD, log, settings("2023-05-16T09:00:00+08:00"))) {
            chromium.base = site.base;
            chromium.browser.manage().deleteAllCookies();
            chromium.login(operator, "Xuhui-pass-2023");
            chromium.open("/applications/list.xhtml");
            assertThat(chromium.text("application-table")).contains("上海市徐汇区城市运行管理中心", "已推荐");
            chromium.browser.findElement(By.id("new-application")).click();
            fillKeyProject("上海漕河泾开发区智慧园区运营有限公司", VALID_USCC);
            chromium.submit("app:submit");
            assertThat(chromium.text("refusals")).contains("申报已截止").doesNotContain("统一社会信用代码");
            assertThat(chromium.text("application-state")).isEqualTo("草稿");
            chromium.shot("intake-05-refused-late");
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
        unpack(pkg, root);
        List<String> command = List.of("xmlsec1", "--verify", "--trusted-pem", keys.resolve("ca/demo-ca.pem").toString(),
                "--enabled-reference-uris", "same-doc,remote", "META-INF/signatures.xml");
        assertThat(run(root, command)).contains("OK");
        Path payload = root.resolve("batch.xml");
        byte[] original = Files.readAllBytes(payload);
        byte[] changed = original.clone();
        changed[changed.length / 2] ^= 1;
        Files.write(payload, changed);
        Process tampered = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        tampered.getInputStream().readAllBytes();
        assertThat(tampered.waitFor()).as("xmlsec1 refuses a changed payload").isNotZero();
    }

    private static String run(Path dir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }

    private static void unpack(Path zipFile, Path root) throws Exception {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                Path target = root.resolve(e.getName()).normalize();
                assertThat(target.startsWith(root)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static Map<String, String> settings(String clock) {
        return Map.of("PILOT_SITE_ROLE", "RECOMMENDER", "PILOT_SITE_CODE", "310104", "PILOT_CLOCK_FIXED", clock);
    }

    private void fillKeyProject(String applicant, String creditCode) {
        chromium.type("app:applicantName", applicant);
        chromium.type("app:creditCode", creditCode);
        new Select(chromium.browser.findElement(By.id("app:districtCode"))).selectByValue("310104");
        chromium.type("app:address", "上海市徐汇区漕溪北路336号");
        chromium.type("app:postalCode", "200030");
        chromium.type("app:legalRepresentative", "王建国");
        chromium.type("app:contactName", "李晓燕");
        chromium.type("app:contactTitle", "综合管理科科长");
        chromium.type("app:contactPhone", "021-64870000");
        chromium.type("app:contactEmail", "lixiaoyan@example.gov.cn");
        chromium.type("app:bodyName", "标准化工作办公室");
        chromium.type("app:fullTimeStaff", "2");
        chromium.type("app:partTimeStaff", "6");
        for (String box : new String[]{"registeredInShanghai", "goodCredit", "governmentLed", "inLineWithIndustrialPolicy"}) {
            WebElement checkbox = chromium.browser.findElement(By.id("app:" + box));
            if (!checkbox.isSelected()) {
                checkbox.click();
            }
        }
        chromium.type("app:projectName", "城市运行“一网统管”数字治理综合标准化试点");
        new Select(chromium.browser.findElement(By.id("app:projectType"))).selectByValue("KEY");
        new Select(chromium.browser.findElement(By.id("app:pilotKind"))).selectByValue("SOCIAL_MGMT_PUBLIC_SERVICE");
        new Select(chromium.browser.findElement(By.id("app:direction"))).selectByValue("CITY_DIGITAL_GOVERNANCE");
        chromium.type("app:summary", "围绕城市运行“一网统管”，构建覆盖数据共享、事件分类编码和运行管理的标准体系。");
        chromium.type("app:goals", "形成地方标准1项\n在全区13个街道（镇）推广实施");
        chromium.type("app:budgetTotal", "120");
        chromium.type("app:budgetSelfFunded", "80");
        WebElement level = chromium.browser.findElement(By.cssSelector("select[id$=':level']"));
        new Select(level).selectByValue("LOCAL");
        chromium.browser.findElement(By.cssSelector("input[id$=':title']")).sendKeys("城市运行“一网统管”事件处置数据共享规范");
        chromium.browser.findElement(By.cssSelector("input[id$=':year']")).sendKeys("2024");
        new Select(chromium.browser.findElement(By.id("app:endorsementDepartment"))).selectByValue("DSJJ");
        chromium.type("app:endorsementOpinion", "同意推荐。该项目符合本市城市数字化转型方向。");
    }
}
