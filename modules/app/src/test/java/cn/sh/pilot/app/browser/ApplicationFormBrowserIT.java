package cn.sh.pilot.app.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recommender site's application form (徐汇区, 310104) in real headless Chromium, one site started by run.sh for
 * both tests (clock fixed at 2023-05-10 10:00 Shanghai, attachment limit 256 KiB): attachments uploaded through the
 * browser — a real PDF is listed with its SHA-256 and stored byte for byte, while a PNG and a text file named
 * {@code .pdf} and an oversize PDF are refused in Chinese with their error ids and leave nothing in the store — and
 * §二(五) records entered in the form: one within the three-year look-back refuses the submission naming the record
 * and its date (and is printed on the form PDF); once removed, and an older one entered instead, it submits.
 * Each test works on its own application. Fails (never skips) when Chromium or chromedriver is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationFormBrowserIT {

    private static final String ADMIN_PASSWORD = "it-Admin-Passw0rd!";
    private static final String PASSWORD = "Xuhui-pass-2023";
    private static final String VALID_USCC = "12310104MB2F12340K";
    private static final int MAX_BYTES = 256 * 1024;

    private final Path appDir = Path.of(System.getProperty("pilot.app.dir", ".")).toAbsolutePath();
    private final Path work = appDir.resolve("target/browser-it");
    private Path data;
    private RunningSite site;
    private ConsoleBrowser console;
    private String operator;

    @BeforeAll
    void startSiteAndBrowser() throws Exception {
        console = ConsoleBrowser.start(appDir, work);
        data = Files.createTempDirectory(work, "recommender-form-");
        site = RunningSite.start(appDir, data, RunningSite.freePort(), ADMIN_PASSWORD, data.resolve("server.log"),
                Map.of("PILOT_SITE_ROLE", "RECOMMENDER", "PILOT_SITE_CODE", "310104",
                        "PILOT_CLOCK_FIXED", "2023-05-10T10:00:00+08:00",
                        "PILOT_ATTACHMENT_MAX_BYTES", Integer.toString(MAX_BYTES)));
        console.base = site.base;
        operator = "xf" + System.nanoTime() % 1_000_000;
        console.createOperator(ADMIN_PASSWORD, operator, "徐汇区受理员", "310104", PASSWORD);
    }

    @AfterAll
    void stopSiteAndBrowser() throws Exception {
        try {
            if (console != null) {
                console.close();
            }
        } finally {
            if (site != null) {
                site.close();
            }
        }
    }

    @Test
    void an_operator_uploads_a_real_pdf_and_is_refused_in_chinese_for_a_disguised_file_and_an_oversize_one() throws Exception {
        String id = newDraft("上海市徐汇区城市运行管理中心");
        Path files = Files.createDirectories(data.resolve("uploads"));

        Path letter = files.resolve("endorsement-letter.pdf");
        byte[] pdf = pdf("Endorsement of the Shanghai Data Bureau", 0);
        Files.write(letter, pdf);
        upload(letter, "行业主管部门盖章意见扫描件");
        assertThat(console.text("messages")).contains("附件“endorsement-letter.pdf”已上传");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(console.text("attachment-table")).contains("endorsement-letter.pdf", "application/pdf",
                Integer.toString(pdf.length), sha256, "行业主管部门盖章意见扫描件");
        shot("attachments-01-pdf-listed", "attachment-table");

        Path pngNamedPdf = files.resolve("scan.pdf");
        Files.write(pngNamedPdf, png());
        upload(pngNamedPdf, "图片冒充 PDF");
        assertThat(console.text("refusals")).contains("附件内容的类型与文件扩展名或声明的类型不一致", "attachment-type-mismatch");
        assertThat(console.text("messages")).contains("操作未完成");
        console.shot("attachments-02-png-named-pdf-refused");

        Path textNamedPdf = files.resolve("notes.pdf");
        Files.writeString(textNamedPdf, "这不是 PDF，只是一段文字。\n", StandardCharsets.UTF_8);
        upload(textNamedPdf, "文本冒充 PDF");
        assertThat(console.text("refusals")).contains("附件只接受 PDF、JPEG 或 PNG 文件", "attachment-type-not-allowed");

        Path big = files.resolve("full-scan.pdf");
        Files.write(big, pdf("A scan at too high a resolution", 400));
        assertThat(Files.size(big)).isGreaterThan(MAX_BYTES);
        upload(big, "过大的扫描件");
        assertThat(console.text("refusals")).contains("附件超过大小上限", "attachment-too-large");
        console.shot("attachments-03-oversize-refused");

        // nothing of the refused uploads is kept: the page (read again from the database) and the store
        console.open("/applications/edit.xhtml?id=" + id);
        List<WebElement> rows = console.driver.findElements(By.cssSelector("#attachment-table tbody tr"));
        assertThat(rows).singleElement().extracting(WebElement::getText).asString().contains("endorsement-letter.pdf");
        Path store = data.resolve("attachments").resolve(id);
        try (Stream<Path> stored = Files.walk(data.resolve("attachments"))) {
            assertThat(stored.filter(Files::isRegularFile).toList()).containsExactly(store.resolve("endorsement-letter.pdf"));
        }
        assertThat(Files.readAllBytes(store.resolve("endorsement-letter.pdf"))).isEqualTo(pdf);
    }

    @Test
    void a_record_within_three_years_refuses_the_submission_by_name_and_date_and_an_older_one_does_not() throws Exception {
        console.driver.manage().deleteAllCookies();
        console.login(operator, PASSWORD);
        console.open("/applications/list.xhtml");
        console.driver.findElement(By.id("new-application")).click();
        console.fillKeyProject("上海徐汇滨江文化发展有限公司", VALID_USCC);
        assertThat(console.text("app:adverse-none")).contains("未录入记录");

        // incomplete: a penalty needs the authority and a description; the form is saved, the record is not added
        enterRecord("PENALTY", "2021-06-01", "", "");
        assertThat(console.text("refusals")).contains("第二条（五）记录填写不完整", "adverse-record-invalid");
        assertThat(console.text("app:adverse-none")).contains("未录入记录");

        enterRecord("PENALTY", "2021-06-01", "上海市徐汇区市场监督管理局", "产品质量监督抽查不合格，罚款五万元");
        assertThat(console.text("messages")).contains("已录入第二条（五）记录：2021-06-01 处罚");
        assertThat(console.text("adverse-record-table")).contains("处罚", "2021-06-01", "上海市徐汇区市场监督管理局",
                "产品质量监督抽查不合格，罚款五万元", "近三年内（不得申报）");
        String id = idInUrl();
        shot("adverse-01-recorded", "adverse-records");

        console.submit("app:submit");
        assertThat(console.text("messages")).contains("申请未能提交");
        assertThat(console.text("refusals")).contains("近三年受到相关部门处罚的单位不得申报",
                "2021-06-01 处罚 上海市徐汇区市场监督管理局：产品质量监督抽查不合格，罚款五万元", "penalised-within-three-years");
        assertThat(console.text("application-state")).isEqualTo("草稿");
        console.shot("adverse-02-submission-refused");

        // the printable form still renders, and lists the record under §二(五)
        byte[] form = download("/applications/form.pdf?id=" + id);
        try (PDDocument document = Loader.loadPDF(form)) {
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u3000]+", "");
            assertThat(text).contains("上海徐汇滨江文化发展有限公司", "近三年记录", "2021年6月1日处罚上海市徐汇区市场监督管理局");
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < Math.min(2, document.getNumberOfPages()); page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 80), "png",
                        appDir.resolve("target/screenshots/adverse-form-page-" + (page + 1) + ".png").toFile());
            }
        }

        console.press(console.driver.findElement(By.cssSelector("#adverse-record-table tr.adverse-record input[type=submit]")));
        assertThat(console.text("messages")).contains("已删除第二条（五）记录：2021-06-01 处罚");
        assertThat(console.text("app:adverse-none")).contains("未录入记录");
        enterRecord("MEDIA_EXPOSURE", "2019-05-09", "上海电视台", "服务投诉被曝光");
        assertThat(console.text("adverse-record-table")).contains("媒体曝光", "2019-05-09", "已满三年");

        console.submit("app:submit");
        assertThat(console.text("messages")).contains("“上海徐汇滨江文化发展有限公司”的申请已提交");
        assertThat(console.text("application-state")).isEqualTo("已提交");
        assertThat(console.text("adverse-record-table")).contains("2019-05-09", "上海电视台");
        assertThat(console.driver.findElements(By.id("app:addAdverse"))).as("no more records once submitted").isEmpty();
        shot("adverse-03-submitted-with-older-record", "adverse-records");
        console.logout();
    }

    /** Logs in, enters a key-project application and saves it as a draft; returns its id. */
    private String newDraft(String applicant) {
        console.driver.manage().deleteAllCookies();
        console.login(operator, PASSWORD);
        console.open("/applications/list.xhtml");
        console.driver.findElement(By.id("new-application")).click();
        console.fillKeyProject(applicant, VALID_USCC);
        console.submit("app:save");
        assertThat(console.text("messages")).contains("已保存");
        return idInUrl();
    }

    private String idInUrl() {
        String url = console.driver.getCurrentUrl();
        assertThat(url).contains("id=");
        return url.substring(url.indexOf("id=") + 3).replaceAll("[&#].*", "");
    }

    /** A screenshot with the element {@code id} scrolled into view. */
    private void shot(String name, String id) throws Exception {
        ((JavascriptExecutor) console.driver).executeScript("arguments[0].scrollIntoView()",
                console.driver.findElement(By.id(id)));
        console.shot(name);
    }

    private void upload(Path file, String description) {
        console.driver.findElement(By.id("upload:file")).sendKeys(file.toString());
        console.type("upload:description", description);
        console.submit("upload:go");
    }

    private void enterRecord(String kind, String date, String issuer, String description) {
        new Select(console.driver.findElement(By.id("app:adverseKind"))).selectByValue(kind);
        ((JavascriptExecutor) console.driver).executeScript("arguments[0].value = arguments[1]",
                console.driver.findElement(By.id("app:adverseDate")), date);
        console.type("app:adverseIssuer", issuer);
        console.type("app:adverseDescription", description);
        console.submit("app:addAdverse");
    }

    /** Fetches a page of the console with the browser's session. */
    private byte[] download(String path) throws Exception {
        String cookies = console.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        assertThat(cookies).as("session cookie").isNotEmpty();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.base + path))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        return response.body();
    }

    /** A real one-page PDF made with PDFBox; {@code noiseSide} > 0 adds an incompressible image of that many pixels square. */
    private static byte[] pdf(String line, int noiseSide) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
                if (noiseSide > 0) {
                    BufferedImage noise = new BufferedImage(noiseSide, noiseSide, BufferedImage.TYPE_INT_RGB);
                    Random random = new Random(7);
                    for (int x = 0; x < noiseSide; x++) {
                        for (int y = 0; y < noiseSide; y++) {
                            noise.setRGB(x, y, random.nextInt(0x1000000));
                        }
                    }
                    content.drawImage(LosslessFactory.createFromImage(document, noise), 72, 200, 300, 300);
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
