package cn.sh.pilot.app.browser;

import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.trust.Fingerprint;
import cn.sh.pilot.exchange.trust.Pem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in real headless Chromium against the site started by run.sh — then stopped and started again on the
 * same data directory, to show that accounts, profile changes and language choices survive a restart.
 * Fails (never skips) when Chromium or chromedriver is missing.
 */
class ConsoleBrowserIT {

    private static final String ADMIN_PASSWORD = System.getProperty("pilot.it.admin.password", "it-Admin-Passw0rd!");

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
    void an_operator_created_by_the_admin_is_confined_to_its_recommender_and_keeps_its_language_across_a_restart() throws Exception {
        Path data = Files.createTempDirectory(work, "data-");
        Path log = data.resolve("server.log");
        int port = RunningSite.freePort();
        String operator = "xuhui" + System.nanoTime() % 1_000_000;
        String contact = "王小明" + System.nanoTime() % 1000;

        try (RunningSite site = RunningSite.start(appDir, data, port, ADMIN_PASSWORD, log)) {
            console.base = site.base;

            // the login page is Chinese
            open("/");
            assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(text("login-heading")).isEqualTo("用户登录");
            shot("01-login");

            // the administrator creates an operator for 徐汇区 (310104)
            login("admin", ADMIN_PASSWORD);
            assertThat(text("page-title")).isEqualTo("工作台");
            shot("02-dashboard-admin");
            open("/calls.xhtml");
            assertThat(browser.getPageSource()).contains("沪市监标技〔2023〕139号", "2023-05-15", "64220000转2527");
            shot("03-calls");
            open("/admin/user.xhtml");
            type("user:username", operator);
            type("user:displayName", "徐汇操作员");
            browser.findElement(By.cssSelector("input[name='user:roles'][value='RECOMMENDER_OPERATOR']")).click();
            new Select(browser.findElement(By.id("user:recommender"))).selectByValue("310104");
            type("user:password", "Xuhui-pass-2023");
            submit("user:save");
            assertThat(text("messages")).contains("已创建用户 " + operator);
            shot("04-users");
            open("/recommenders.xhtml?kind=DISTRICT&sort=code&dir=desc");
            assertThat(text("recommender-table")).contains("310151 区市场监管局 崇明区市场监督管理局");
            browser.findElement(By.id("page-next")).click();
            assertThat(browser.getCurrentUrl()).contains("page=2");
            assertThat(text("recommender-table")).contains("310101").doesNotContain("310151").doesNotContain("DJXW");
            shot("04b-recommenders-page-2");
            registersTrustFor310104(data);
            logout();

            // the operator cannot open 310105 by URL, edits its own profile, switches to English
            login(operator, "Xuhui-pass-2023");
            open("/recommender/profile.xhtml?code=310105");
            assertThat(text("error-heading")).isEqualTo("无权访问");
            assertThat(browser.getPageSource()).doesNotContain("长宁区市场监督管理局");
            shot("05-forbidden");
            open("/recommender/profile.xhtml?code=310104");
            type("profile:contactName", contact);
            submit("profile:save");
            assertThat(text("messages")).contains("单位信息已保存");
            submit("lang:en");
            assertThat(text("page-title")).isEqualTo("Recommender profile");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            shot("06-profile-english");

            // remembered for the user, not just the browser: a fresh browser session logs in to English
            logout();
            browser.manage().deleteAllCookies();
            open("/login.xhtml");
            assertThat(text("login-heading")).isEqualTo("用户登录");
            login(operator, "Xuhui-pass-2023");
            assertThat(text("page-title")).isEqualTo("Dashboard");
            logout();
        }

        // stop, start again on the same data directory: everything is still there
        try (RunningSite site = RunningSite.start(appDir, data, port, "ignored-after-first-start-1", log)) {
            console.base = site.base;
            browser.manage().deleteAllCookies();
            login(operator, "Xuhui-pass-2023");
            assertThat(text("page-title")).isEqualTo("Dashboard");
            open("/recommender/profile.xhtml?code=310104");
            assertThat(browser.findElement(By.id("profile:contactName")).getAttribute("value")).isEqualTo(contact);
            logout();
            login("admin", ADMIN_PASSWORD);
            open("/admin/audit.xhtml");
            submit("verify:go");
            assertThat(text("chain-ok")).contains("审计链完整");
            shot("07-audit-after-restart");
        }
    }

    /** The administrator's trust page: a refused key line, a real OpenSSH key, a certificate, a revocation with a reason. */
    private void registersTrustFor310104(Path data) throws Exception {
        open("/admin/trust.xhtml");
        browser.findElement(By.linkText("310104 徐汇区市场监督管理局")).click();
        assertThat(text("page-title")).isEqualTo("信任库与 SFTP 账户");
        type("key:line", "ssh-rsa not-a-key");
        submit("key:add");
        assertThat(text("messages")).contains("这不是一行 OpenSSH 公钥");

        Path keyFile = data.resolve("xuhui-ed25519");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "xuhui", "-f",
                keyFile.toString()).redirectErrorStream(true).start();
        assertThat(keygen.waitFor()).as(new String(keygen.getInputStream().readAllBytes())).isZero();
        Process fingerprint = new ProcessBuilder("ssh-keygen", "-l", "-E", "sha256", "-f", keyFile + ".pub").start();
        String expected = new String(fingerprint.getInputStream().readAllBytes()).split(" ")[1];
        type("key:line", Files.readString(Path.of(keyFile + ".pub")).strip());
        submit("key:add");
        assertThat(text("messages")).contains("已登记公钥 " + expected);
        assertThat(text("key-table")).contains(expected);

        Path demoKeys = data.resolve("demo-keys");
        char[] password = Files.readString(demoKeys.resolve("keystore-password.txt")).strip().toCharArray();
        X509Certificate certificate = SigningKey.fromPkcs12(demoKeys.resolve("keys/310104.p12"), password).certificate();
        type("certificate:pem", Pem.write(certificate));
        submit("certificate:add");
        assertThat(text("messages")).contains("已登记 1 张证书");
        assertThat(text("certificate-table")).contains(Fingerprint.of(certificate).substring(0, 16) + "…", "有效");
        submit("revoke:go");
        assertThat(text("messages")).contains("吊销证书须填写原因");
        type("revoke:reason", "私钥泄露（测试）");
        submit("revoke:go");
        assertThat(text("certificate-table")).contains("已吊销于", "私钥泄露（测试）");
        shot("04c-trust");
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
