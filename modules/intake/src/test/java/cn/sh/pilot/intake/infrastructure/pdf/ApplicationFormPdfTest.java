package cn.sh.pilot.intake.infrastructure.pdf;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.AttachmentMetadata;
import cn.sh.pilot.intake.domain.application.ProjectType;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Calls;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static cn.sh.pilot.intake.fixtures.Applications.IN_TIME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Needs the Debian package fonts-wqy-zenhei (or PILOT_CJK_FONT pointing at a TrueType CJK font). */
class ApplicationFormPdfTest {

    private static final Path OUT = Path.of("target", "application-form");

    private final Call call = Calls.call2023();
    private final ApplicationFormPdf form = ApplicationFormPdf.withConfiguredFont();

    @AfterEach
    void clearProperty() {
        System.clearProperty(ApplicationFormPdf.FONT_PROPERTY);
    }

    private static Application submitted() throws RefusedException {
        Application application = Applications.draft();
        application.attach(new AttachmentMetadata("行业主管部门意见（上海市数据局）.pdf", "application/pdf", 183_220,
                "3f".repeat(32), "行业主管部门盖章意见扫描件"));
        application.attach(new AttachmentMetadata("标准体系框架图.png", "image/png", 96_400, "a1".repeat(32), "拟建标准体系"));
        application.submit(IN_TIME);
        return application;
    }

    @Test
    void prints_the_applicant_and_project_names_in_chinese_with_an_embedded_font() throws Exception {
        Application application = submitted();
        byte[] pdf = form.render(application, call, "徐汇区市场监督管理局");

        Files.createDirectories(OUT);
        Files.write(OUT.resolve("application-form.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("上海市标准化试点项目申请表")
                    .contains("沪市监标技〔2023〕139号")
                    .contains("上海市徐汇区城市运行管理中心")
                    .contains("徐汇区城市运行“一网统管”数字治理综合标准化试点")
                    .contains("12310104MB2F12340K")
                    .contains("城市数字治理")
                    .contains("推荐单位意见")
                    .contains("推荐单位（盖章）")
                    .contains("城市运行“一网统管”事件处置数据共享规范")
                    .contains("第1页共" + document.getNumberOfPages() + "页");
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(first.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            for (var name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
            }
            render(document, "page");
        }
    }

    @Test
    void marks_a_draft_as_such_and_shows_a_key_project_without_endorsement() throws Exception {
        Application draft = Applications.draft(Applications.applicant(), Applications.declarations(),
                Applications.keyProject().withEndorsement(null).withInternalOnly(true));
        draft.overrideInternalStandardization("xh-operator-07", "项目成果将在全区13个街道推广，并非单纯内部管理", IN_TIME);
        byte[] pdf = form.render(draft, call, "徐汇区市场监督管理局");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("草稿").contains("未提供，重点项目必须提供")
                    .contains("经推荐单位经办人特别放行：xh-operator-07");
            Files.createDirectories(OUT);
            render(document, "draft-page");
        }
    }

    @Test
    void lists_the_adverse_records_within_three_years_and_unticks_their_declarations() throws Exception {
        Application draft = Applications.draft(Applications.applicant(), Applications.declarations().withAdverseRecords(List.of(
                new AdverseRecord(AdverseRecord.Kind.PENALTY, LocalDate.of(2021, 6, 1), "上海市徐汇区市场监督管理局",
                        "产品质量监督抽查不合格，罚款"),
                new AdverseRecord(AdverseRecord.Kind.MAJOR_SAFETY_ACCIDENT, LocalDate.of(2022, 9, 3), "徐汇区龙华街道",
                        "仓库火灾"),
                new AdverseRecord(AdverseRecord.Kind.MEDIA_EXPOSURE, LocalDate.of(2019, 5, 9), "上海电视台",
                        "服务投诉被曝光"))), Applications.keyProject());
        byte[] pdf = form.render(draft, call, "徐汇区市场监督管理局");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u3000]+", "");
            assertThat(text).contains("近三年记录", "2021年6月1日处罚上海市徐汇区市场监督管理局产品质量监督抽查不合格，罚款",
                    "2022年9月3日重大安全生产事故徐汇区龙华街道仓库火灾")
                    .as("a record older than three years is not one the declaration is about").doesNotContain("服务投诉被曝光");
            Files.createDirectories(OUT);
            Files.write(OUT.resolve("adverse-records.pdf"), pdf);
            render(document, "adverse-records-page");
        }
    }

    @Test
    void breaks_a_very_long_summary_across_pages() throws Exception {
        Application application = Applications.draft(Applications.applicant(), Applications.declarations(),
                withSummary("围绕城市运行“一网统管”开展标准化建设。".repeat(200)));
        byte[] pdf = form.render(application, call, "徐汇区市场监督管理局");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains("项目简介（续）");
            Files.createDirectories(OUT);
            render(document, "long-summary-page");
        }
    }

    @Test
    void refuses_to_print_without_the_cjk_font_and_says_which_package_to_install() {
        ApplicationFormPdf missing = new ApplicationFormPdf(Path.of("/nonexistent/wqy-zenhei.ttc"));
        assertThatThrownBy(() -> missing.render(Applications.draft(), call, "徐汇区市场监督管理局"))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.id()).isEqualTo("cjk-font-missing");
                    assertThat(e.detail()).contains("/nonexistent/wqy-zenhei.ttc");
                    assertThat(e.error().zh()).contains("fonts-wqy-zenhei").contains("PILOT_CJK_FONT");
                });
        assertThatThrownBy(missing::verifyFont).hasMessageStartingWith("cjk-font-missing");
    }

    @Test
    void refuses_a_font_file_that_is_not_truetype() throws IOException {
        Files.createDirectories(OUT);
        Path bogus = Files.writeString(OUT.resolve("not-a-font.ttf"), "not a font");
        assertThatThrownBy(() -> new ApplicationFormPdf(bogus).verifyFont()).hasMessageStartingWith("cjk-font-unusable");
    }

    @Test
    void takes_the_font_path_from_the_system_property_before_the_default() {
        System.setProperty(ApplicationFormPdf.FONT_PROPERTY, "/opt/fonts/custom.ttf");
        assertThat(ApplicationFormPdf.configuredFont()).isEqualTo(Path.of("/opt/fonts/custom.ttf"));
        System.clearProperty(ApplicationFormPdf.FONT_PROPERTY);
        if (System.getenv(ApplicationFormPdf.FONT_ENV) == null) {
            assertThat(ApplicationFormPdf.configuredFont()).isEqualTo(Path.of(ApplicationFormPdf.DEFAULT_FONT));
        }
    }

    private static cn.sh.pilot.intake.domain.application.Project withSummary(String summary) {
        var p = Applications.keyProject();
        return new cn.sh.pilot.intake.domain.application.Project(p.name(), ProjectType.KEY, p.pilotKind(),
                p.directionGroupCode(), p.directionCode(), p.plannedOutputs(), p.endorsement(), summary, false);
    }

    /** Renders every page to PNG under target/application-form/ for a human look. */
    private static void render(PDDocument document, String prefix) throws IOException {
        PDFRenderer renderer = new PDFRenderer(document);
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, 110);
            ImageIO.write(image, "png", OUT.resolve(prefix + "-" + (i + 1) + ".png").toFile());
        }
    }
}
