package cn.sh.pilot.app.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in headless Chromium (Debian {@code chromium} and {@code chromium-driver}, a fresh profile, nothing
 * downloaded), with the moves the browser tests share: open a page, log in and out, type, submit and wait for the
 * next page, read an element's text, take a screenshot.
 */
final class Console implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver browser;
    private final Path shots;
    String base;

    private Console(WebDriver browser, Path shots) {
        this.browser = browser;
        this.shots = shots;
    }

    static Console start(Path work, Path shots) throws Exception {
        assertThat(CHROMIUM).as("Debian package chromium").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian package chromium-driver").isExecutable();
        Files.createDirectories(work);
        Files.createDirectories(shots);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--user-data-dir=" + Files.createTempDirectory(work, "chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Console(browser, shots);
    }

    void open(String path) {
        browser.get(base + path);
    }

    void login(String user, String password) {
        open("/login.xhtml");
        type("login:username", user);
        type("login:password", password);
        submit("login:submit");
        assertThat(browser.findElements(By.id("page-title"))).as("logged in as " + user + ": " + browser.getPageSource()).isNotEmpty();
    }

    void logout() {
        submit("logout:go");
        assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
    }

    /** Clicks a submit button and waits until the browser has left the page it was on. */
    void submit(String id) {
        click(browser.findElement(By.id(id)));
    }

    /** Clicks and waits until the browser has left the page it was on. */
    void click(WebElement button) {
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) { // stale, or "node does not belong to the document": the page changed
                return true;
            }
        });
    }

    void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    void shot(String name) throws Exception {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
