package cn.sh.pilot.app.infrastructure.review;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.infrastructure.pdf.ApplicationFormPdf;
import cn.sh.pilot.intake.infrastructure.pdf.CjkFont;
import cn.sh.pilot.review.domain.decision.ProjectTerm;
import cn.sh.pilot.review.domain.item.ReviewItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The official annex of approved projects (立项项目清单) as a Chinese PDF, A4 landscape: number, project, applicant,
 * guarantor (recommender), type and term per approved item, ordered by project number. Set in the CJK font intake's
 * application form embeds ({@link CjkFont}, {@link ApplicationFormPdf#configuredFont()}), subset into the file.
 */
public final class ApprovedProjectsAnnex {

    private static final float MARGIN = 40;
    private static final float ROW = 16;
    private static final float SIZE = 9;
    private static final String[] HEADINGS = {"序号", "项目编号", "项目名称", "承担单位", "推荐（保证）单位", "类型", "项目期限"};
    private static final float[] WIDTHS = {30, 90, 230, 170, 120, 50, 120};

    /** @param recommenderName the recommender's Chinese name by code */
    public byte[] render(int year, List<ReviewItem> approved, Function<String, String> recommenderName)
            throws RefusedException {
        try (CjkFont cjk = CjkFont.open(ApplicationFormPdf.configuredFont()); PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, cjk.trueType(), true);
            PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            List<String[]> rows = new ArrayList<>();
            int n = 0;
            for (ReviewItem item : approved) {
                ProjectTerm term = item.decision().orElseThrow().projectTerm().orElseThrow();
                rows.add(new String[] {Integer.toString(++n), item.decision().orElseThrow().number().orElseThrow().value(),
                        item.projectName(), item.applicant().name(), recommenderName.apply(item.recommender().value()),
                        item.type().name().equals("KEY") ? "重点项目" : "一般项目", term.start() + " 至 " + term.end()});
            }
            int index = 0;
            int page = 0;
            do {
                PDPage p = new PDPage(landscape);
                document.addPage(p);
                page++;
                try (PDPageContentStream s = new PDPageContentStream(document, p)) {
                    float y = landscape.getHeight() - MARGIN;
                    if (page == 1) {
                        text(s, font, 15, MARGIN, y, year + "年度上海市市级标准化试点项目立项清单");
                        y -= 20;
                        text(s, font, SIZE, MARGIN, y, "共 " + rows.size() + " 项（上海市市场监督管理局）");
                        y -= 18;
                    }
                    y = row(s, font, y, HEADINGS);
                    while (index < rows.size() && y > MARGIN + ROW) {
                        y = row(s, font, y, rows.get(index++));
                    }
                    text(s, font, 8, landscape.getWidth() - MARGIN - 40, MARGIN / 2, "第 " + page + " 页");
                }
            } while (index < rows.size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the annex cannot be written", e);
        }
    }

    private static float row(PDPageContentStream s, PDType0Font font, float y, String[] cells) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            text(s, font, SIZE, x + 2, y - ROW + 5, fit(font, cells[i], WIDTHS[i] - 4));
            s.addRect(x, y - ROW, WIDTHS[i], ROW);
            x += WIDTHS[i];
        }
        s.stroke();
        return y - ROW;
    }

    /** The text, shortened with … so it fits the column. */
    private static String fit(PDType0Font font, String text, float width) throws IOException {
        if (font.getStringWidth(text) / 1000 * SIZE <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && font.getStringWidth(cut + "…") / 1000 * SIZE > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static void text(PDPageContentStream s, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
