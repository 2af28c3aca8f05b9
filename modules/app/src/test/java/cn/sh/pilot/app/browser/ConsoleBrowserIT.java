package cn.sh.pilot.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

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
    @RegisterExtension
    final Chromium chromium = new Chromium(work, appDir.resolve("target/screenshots"), null);

    @Test
    void an_operator_created_by_the_admin_is_confined_to_its_recommender_and_keeps_its_language_across_a_restart() throws Exception {
        Path data = Files.createTempDirectory(work, "data-");
        Path log = data.resolve("server.log");
        int port = RunningSite.freePort();
        String operator = "xuhui" + System.nanoTime() % 1_000_000;
        String contact = "王小明" + System.nanoTime() % 1000;

        try (RunningSite site = RunningSite.start(appDir, data, port, ADMIN_PASSWORD, log)) {
            chromium.base = site.base;

            // the login page is Chinese
            chromium.open("/");
            assertThat(chromium.browser.getCurrentUrl()).endsWith("/login.xhtml");
            assertThat(chromium.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(chromium.text("login-heading")).isEqualTo("用户登录");
            chromium.shot("01-login");

            // the administrator creates an operator for 徐汇区 (310104)
            chromium.login("admin", ADMIN_PASSWORD);
            assertThat(chromium.text("page-title")).isEqualTo("工作台");
            chromium.shot("02-dashboard-admin");
            chromium.open("/calls.xhtml");
            assertThat(chromium.browser.getPageSource()).contains("沪市监标技〔2023〕139号", "2023-05-15", "64220000转2527");
            chromium.shot("03-calls");
            chromium.createUser(operator, "徐汇操作员", "RECOMMENDER_OPERATOR", "310104", "Xuhui-pass-2023");
            assertThat(chromium.text("messages")).contains("已创建用户 " + operator);
            chromium.shot("04-users");
            chromium.open("/recommenders.xhtml?kind=DISTRICT&sort=code&dir=desc");
            assertThat(chromium.text("recommender-table")).contains("310151 区市场监管局 崇明区市场监督管理局");
            chromium.browser.findElement(By.id("page-next")).click();
            assertThat(chromium.browser.getCurrentUrl()).contains("page=2");
            assertThat(chromium.text("recommender-table")).contains("310101").doesNotContain("310151").doesNotContain("DJXW");
            chromium.shot("04b-recommenders-page-2");
            chromium.logout();

            // the operator cannot open 310105 by URL, edits its own profile, switches to English
            chromium.login(operator, "Xuhui-pass-2023");
            chromium.open("/recommender/profile.xhtml?code=310105");
            assertThat(chromium.text("error-heading")).isEqualTo("无权访问");
            assertThat(chromium.browser.getPageSource()).doesNotContain("长宁区市场监督管理局");
            chromium.shot("05-forbidden");
            chromium.open("/recommender/profile.xhtml?code=310104");
            chromium.type("profile:contactName", contact);
            chromium.submit("profile:save");
            assertThat(chromium.text("messages")).contains("单位信息已保存");
            chromium.submit("lang:en");
            assertThat(chromium.text("page-title")).isEqualTo("Recommender profile");
            assertThat(chromium.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            chromium.shot("06-profile-english");

            // remembered for the user, not just the browser: a fresh browser session logs in to English
            chromium.logout();
            chromium.browser.manage().deleteAllCookies();
            chromium.open("/login.xhtml");
            assertThat(chromium.text("login-heading")).isEqualTo("用户登录");
            chromium.login(operator, "Xuhui-pass-2023");
            assertThat(chromium.text("page-title")).isEqualTo("Dashboard");
            chromium.logout();
        }

        // stop, start again on the same data directory: everything is still there
        try (RunningSite site = RunningSite.start(appDir, data, port, "ignored-after-first-start-1", log)) {
            chromium.base = site.base;
            chromium.browser.manage().deleteAllCookies();
            chromium.login(operator, "Xuhui-pass-2023");
            assertThat(chromium.text("page-title")).isEqualTo("Dashboard");
            chromium.open("/recommender/profile.xhtml?code=310104");
            assertThat(chromium.browser.findElement(By.id("profile:contactName")).getAttribute("value")).isEqualTo(contact);
            chromium.logout();
            chromium.login("admin", ADMIN_PASSWORD);
            chromium.open("/admin/audit.xhtml");
            chromium.submit("verify:go");
            assertThat(chromium.text("chain-ok")).contains("审计链完整");
            chromium.shot("07-audit-after-restart");
        }
    }
}
