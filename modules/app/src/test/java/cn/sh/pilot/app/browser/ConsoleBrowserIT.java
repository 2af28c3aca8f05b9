package cn.sh.pilot.app.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;

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
    private Console console;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        console = Console.start(work, appDir.resolve("target/screenshots"));
        browser = console.browser;
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
            console.open("/");
            assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(console.text("login-heading")).isEqualTo("用户登录");
            console.shot("01-login");

            // the administrator creates an operator for 徐汇区 (310104)
            console.login("admin", ADMIN_PASSWORD);
            assertThat(console.text("page-title")).isEqualTo("工作台");
            console.shot("02-dashboard-admin");
            console.open("/calls.xhtml");
            assertThat(browser.getPageSource()).contains("沪市监标技〔2023〕139号", "2023-05-15", "64220000转2527");
            console.shot("03-calls");
            console.open("/admin/user.xhtml");
            console.type("user:username", operator);
            console.type("user:displayName", "徐汇操作员");
            browser.findElement(By.cssSelector("input[name='user:roles'][value='RECOMMENDER_OPERATOR']")).click();
            new Select(browser.findElement(By.id("user:recommender"))).selectByValue("310104");
            console.type("user:password", "Xuhui-pass-2023");
            console.submit("user:save");
            assertThat(console.text("messages")).contains("已创建用户 " + operator);
            console.shot("04-users");
            console.open("/recommenders.xhtml?kind=DISTRICT&sort=code&dir=desc");
            assertThat(console.text("recommender-table")).contains("310151 区市场监管局 崇明区市场监督管理局");
            browser.findElement(By.id("page-next")).click();
            assertThat(browser.getCurrentUrl()).contains("page=2");
            assertThat(console.text("recommender-table")).contains("310101").doesNotContain("310151").doesNotContain("DJXW");
            console.shot("04b-recommenders-page-2");
            console.logout();

            // the operator cannot open 310105 by URL, edits its own profile, switches to English
            console.login(operator, "Xuhui-pass-2023");
            console.open("/recommender/profile.xhtml?code=310105");
            assertThat(console.text("error-heading")).isEqualTo("无权访问");
            assertThat(browser.getPageSource()).doesNotContain("长宁区市场监督管理局");
            console.shot("05-forbidden");
            console.open("/recommender/profile.xhtml?code=310104");
            console.type("profile:contactName", contact);
            console.submit("profile:save");
            assertThat(console.text("messages")).contains("单位信息已保存");
            console.submit("lang:en");
            assertThat(console.text("page-title")).isEqualTo("Recommender profile");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            console.shot("06-profile-english");

            // remembered for the user, not just the browser: a fresh browser session logs in to English
            console.logout();
            browser.manage().deleteAllCookies();
            console.open("/login.xhtml");
            assertThat(console.text("login-heading")).isEqualTo("用户登录");
            console.login(operator, "Xuhui-pass-2023");
            assertThat(console.text("page-title")).isEqualTo("Dashboard");
            console.logout();
        }

        // stop, start again on the same data directory: everything is still there
        try (RunningSite site = RunningSite.start(appDir, data, port, "ignored-after-first-start-1", log)) {
            console.base = site.base;
            browser.manage().deleteAllCookies();
            console.login(operator, "Xuhui-pass-2023");
            assertThat(console.text("page-title")).isEqualTo("Dashboard");
            console.open("/recommender/profile.xhtml?code=310104");
            assertThat(browser.findElement(By.id("profile:contactName")).getAttribute("value")).isEqualTo(contact);
            console.logout();
            console.login("admin", ADMIN_PASSWORD);
            console.open("/admin/audit.xhtml");
            console.submit("verify:go");
            assertThat(console.text("chain-ok")).contains("审计链完整");
            console.shot("07-audit-after-restart");
        }
    }
}
