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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console as an operator drives it in real headless Chromium (Debian packages {@code chromium} and
 * {@code chromium-driver}; fails, never skips, when they are missing): log in and out, type, press a button and
 * wait for the next page, read an element's text, take a screenshot into {@code target/screenshots}, download into a
 * folder of the test's. Shared by all the browser tests; {@link #base} is the running site's address. Never downloads
 * a browser of its own.
 */
final class ConsoleBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final Path shots;
    String base;

    private ConsoleBrowser(WebDriver driver, Path shots) {
        this.driver = driver;
        this.shots = shots;
    }

    /** A fresh headless Chromium with its own profile under {@code work}. */
    static ConsoleBrowser start(Path appDir, Path work) throws Exception {
        return start(appDir, work, null);
    }

    /** As {@link #start(Path, Path)}, downloading (without asking) into {@code downloads}, or Chromium's default when null. */
    static ConsoleBrowser start(Path appDir, Path work, Path downloads) throws Exception {
        assertThat(CHROMIUM).as("Debian package chromium").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian package chromium-driver").isExecutable();
        Files.createDirectories(work);
        Path shots = Files.createDirectories(appDir.resolve("target/screenshots"));
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
        return new ConsoleBrowser(driver, shots);
    }

    void open(String path) {
        driver.get(base + path);
    }

    void login(String user, String password) {
        open("/login.xhtml");
        type("login:username", user);
        type("login:password", password);
        submit("login:submit");
        assertThat(driver.findElements(By.id("page-title"))).as("logged in as " + user + ": " + driver.getPageSource()).isNotEmpty();
    }

    void logout() {
        submit("logout:go");
        assertThat(driver.getCurrentUrl()).endsWith("/login.xhtml");
    }

    /** As the administrator: a recommender operator of {@code recommender}, then logged out. */
    void createOperator(String adminPassword, String username, String displayName, String recommender, String password) {
        login("admin", adminPassword);
        fillUser(username, displayName, password, "RECOMMENDER_OPERATOR");
        new Select(driver.findElement(By.id("user:recommender"))).selectByValue(recommender);
        submit("user:save");
        assertThat(text("messages")).contains("已创建用户 " + username);
        logout();
    }

    /** As the logged-in administrator: a user with the given roles, not bound to a recommender. */
    void createUser(String username, String displayName, String password, String... roles) {
        fillUser(username, displayName, password, roles);
        submit("user:save");
        assertThat(text("messages")).contains("已创建用户 " + username);
    }

    private void fillUser(String username, String displayName, String password, String... roles) {
        open("/admin/user.xhtml");
        type("user:username", username);
        type("user:displayName", displayName);
        for (String role : roles) {
            driver.findElement(By.cssSelector("input[name='user:roles'][value='" + role + "']")).click();
        }
        type("user:password", password);
    }

    /** Clicks a submit button and waits until the browser has left the page it was on. */
    void submit(String id) {
        press(driver.findElement(By.id(id)));
    }

    /** Clicks a submit button found by any means and waits until the browser has left the page it was on. */
    void press(WebElement button) {
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
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
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        if (!value.isEmpty()) {
            field.sendKeys(value);
        }
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    void shot(String name) throws Exception {
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The key-project application of the recommender site's tests (徐汇区, 城市数字治理), typed into the form. */
    void fillKeyProject(String applicant, String creditCode) {
        type("app:applicantName", applicant);
        type("app:creditCode", creditCode);
        new Select(driver.findElement(By.id("app:districtCode"))).selectByValue("310104");
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
            WebElement checkbox = driver.findElement(By.id("app:" + box));
            if (!checkbox.isSelected()) {
                checkbox.click();
            }
        }
        type("app:projectName", "城市运行“一网统管”数字治理综合标准化试点");
        new Select(driver.findElement(By.id("app:projectType"))).selectByValue("KEY");
        new Select(driver.findElement(By.id("app:pilotKind"))).selectByValue("SOCIAL_MGMT_PUBLIC_SERVICE");
        new Select(driver.findElement(By.id("app:direction"))).selectByValue("CITY_DIGITAL_GOVERNANCE");
        type("app:summary", "围绕城市运行“一网统管”，构建覆盖数据共享、事件分类编码和运行管理的标准体系。");
        type("app:goals", "形成地方标准1项\n在全区13个街道（镇）推广实施");
        type("app:budgetTotal", "120");
        type("app:budgetSelfFunded", "80");
        WebElement level = driver.findElement(By.cssSelector("select[id$=':level']"));
        new Select(level).selectByValue("LOCAL");
        driver.findElement(By.cssSelector("input[id$=':title']")).sendKeys("城市运行“一网统管”事件处置数据共享规范");
        driver.findElement(By.cssSelector("input[id$=':year']")).sendKeys("2024");
        new Select(driver.findElement(By.id("app:endorsementDepartment"))).selectByValue("DSJJ");
        type("app:endorsementOpinion", "同意推荐。该项目符合本市城市数字化转型方向。");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
