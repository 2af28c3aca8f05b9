package cn.sh.pilot.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
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

/**
 * Debian's headless Chromium driven by its chromedriver, with the console's few gestures: open a path of the site,
 * log in and out, type, submit and wait for the next page, read a text, take a screenshot. A JUnit extension
 * ({@code @RegisterExtension}): a fresh browser for each test, closed after it. Fails (never skips) when Chromium or
 * chromedriver is missing; never downloads a browser of its own.
 */
final class Chromium implements BeforeEachCallback, AfterEachCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final Path work;
    private final Path shots;
    private final Path downloads;
    /** The browser of the running test. */
    WebDriver browser;
    /** The site's base URL, e.g. {@code http://localhost:8123}. */
    String base;

    /**
     * Browser profiles under {@code work}; screenshots into {@code shots}; downloads (without asking) into
     * {@code downloads}, or Chromium's default when null.
     */
    Chromium(Path work, Path shots, Path downloads) {
        this.work = work;
        this.shots = shots;
        this.downloads = downloads;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        browser = start(work, shots, downloads);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebDriver start(Path work, Path shots, Path downloads) throws Exception {
        assertThat(CHROMIUM).as("Debian package chromium").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian package chromium-driver").isExecutable();
        Files.createDirectories(work);
        Files.createDirectories(shots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--user-data-dir=" + Files.createTempDirectory(work, "chromium-profile"));
        if (downloads != null) {
            Files.createDirectories(downloads);
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    void open(String path) {
        browser.get(base + path);
    }

    void login(String user, String password) {
        open("/login.xhtml");
        type("login:username", user);
        type("login:password", password);
        submit("login:submit");
        assertThat(browser.findElements(By.id("page-title"))).as("logged in as " + user + ": " + browser.getPageSource())
                .isNotEmpty();
    }

    void logout() {
        submit("logout:go");
        assertThat(browser.getCurrentUrl()).endsWith("/login.xhtml");
    }

    /** As the administrator on {@code /admin/user.xhtml}: a user with one role, bound to a recommender or not (null). */
    void createUser(String username, String displayName, String role, String recommender, String password) {
        open("/admin/user.xhtml");
        type("user:username", username);
        type("user:displayName", displayName);
        browser.findElement(By.cssSelector("input[name='user:roles'][value='" + role + "']")).click();
        if (recommender != null) {
            new Select(browser.findElement(By.id("user:recommender"))).selectByValue(recommender);
        }
        type("user:password", password);
        submit("user:save");
    }

    /** Clicks a submit button and waits until the browser has left the page it was on. */
    void submit(String id) {
        WebElement button = browser.findElement(By.id(id));
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

    /** Replaces a field's value ({@code ""} empties it). */
    void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        if (!value.isEmpty()) {
            field.sendKeys(value);
        }
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    void shot(String name) throws Exception {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
