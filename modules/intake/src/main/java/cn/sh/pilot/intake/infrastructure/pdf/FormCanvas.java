package cn.sh.pilot.intake.infrastructure.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small layout engine for a ruled Chinese form on A4: a cursor moving down the page, ruled table rows whose cells
 * wrap Chinese text and break across pages, check boxes drawn as vector marks (☑ and ☐ in a text), seal circles,
 * and page footers.
 */
final class FormCanvas {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float LEFT = 52f;
    static final float RIGHT = A4.getWidth() - 52f;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = A4.getHeight() - 54f;
    static final float BOTTOM = 62f;

    static final float BODY = 10.5f;   // 五号
    static final float LEADING = 15.5f;
    static final float PAD = 5f;

    static final char CHECKED = '☑';
    static final char UNCHECKED = '☐';

    private static final String NO_LINE_START = "，。、；：？！）》」』”’％,.;:?!)]";
    private static final float LABEL_GRAY = 0.93f;
    private static final float RULE = 0.6f;

    enum Align { LEFT, CENTER }

    /** A cell of a table row: its width, text, whether it is a shaded label, and its alignment. */
    record Cell(float width, String text, boolean label, Align align, boolean top) {

        static Cell label(float width, String text) {
            return new Cell(width, text, true, Align.CENTER, false);
        }

        static Cell value(float width, String text) {
            return new Cell(width, text, false, Align.LEFT, false);
        }

        static Cell centered(float width, String text) {
            return new Cell(width, text, false, Align.CENTER, false);
        }

        /** A value cell whose text starts at the top, for long text in a tall box. */
        static Cell block(float width, String text) {
            return new Cell(width, text, false, Align.LEFT, true);
        }
    }

    /** Draws the inside of a custom box, given its lower-left corner and size. */
    @FunctionalInterface
    interface Painter {
        void paint(FormCanvas canvas, float x, float y, float width, float height) throws IOException;
    }

    private final PDDocument document;
    private final PDType0Font font;
    private final String watermark;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream stream;
    private float y;

    FormCanvas(PDDocument document, PDType0Font font, String watermark) {
        this.document = document;
        this.font = font;
        this.watermark = watermark;
    }

    float y() {
        return y;
    }

    void moveDown(float distance) {
        y -= distance;
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    void ensureSpace(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    // ---- text ----

    /** Replaces characters the font cannot show, so that one odd character never breaks the whole form. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == CHECKED || cp == UNCHECKED || cp == '\n' || glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp)) {
                out.append(' ');
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    float width(String text, float size) throws IOException {
        float width = 0;
        StringBuilder run = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == CHECKED || c == UNCHECKED) {
                width += runWidth(run, size) + size * 1.15f;
                run.setLength(0);
            } else {
                run.append(c);
            }
        }
        return width + runWidth(run, size);
    }

    private float runWidth(CharSequence run, float size) throws IOException {
        return run.length() == 0 ? 0 : font.getStringWidth(run.toString()) / 1000f * size;
    }

    /** Breaks {@code text} into lines no wider than {@code maxWidth}, character by character as Chinese is set. */
    List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int i = 0;
            while (i < paragraph.length()) {
                int cp = paragraph.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                boolean fits = width(line + ch, size) <= maxWidth;
                boolean mayHang = NO_LINE_START.indexOf(cp) >= 0 && width(line + ch, size) <= maxWidth + size;
                if (fits || line.length() == 0 || mayHang) {
                    line.append(ch);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(ch);
                }
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Writes one line of text at a baseline; ☑ and ☐ become drawn check boxes. */
    void text(String text, float x, float baseline, float size) throws IOException {
        float cursor = x;
        StringBuilder run = new StringBuilder();
        for (char c : printable(text).toCharArray()) {
            if (c == CHECKED || c == UNCHECKED) {
                cursor = showRun(run, cursor, baseline, size);
                run.setLength(0);
                checkbox(cursor + size * 0.05f, baseline - size * 0.12f, size * 0.9f, c == CHECKED);
                cursor += size * 1.15f;
            } else {
                run.append(c);
            }
        }
        showRun(run, cursor, baseline, size);
    }

    private float showRun(CharSequence run, float x, float baseline, float size) throws IOException {
        if (run.length() == 0) {
            return x;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(run.toString());
        stream.endText();
        return x + runWidth(run, size);
    }

    /** Text set heavier by stroking its outline as well: the font has no bold face. */
    void boldText(String text, float x, float baseline, float size) throws IOException {
        stream.saveGraphicsState();
        stream.setRenderingMode(RenderingMode.FILL_STROKE);
        stream.setLineWidth(size * 0.035f);
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable(text));
        stream.endText();
        stream.restoreGraphicsState();
    }

    void centeredBold(String text, float baseline, float size) throws IOException {
        boldText(text, LEFT + (WIDTH - width(printable(text), size)) / 2, baseline, size);
    }

    void centered(String text, float baseline, float size) throws IOException {
        text(text, LEFT + (WIDTH - width(printable(text), size)) / 2, baseline, size);
    }

    void rightAligned(String text, float right, float baseline, float size) throws IOException {
        text(text, right - width(printable(text), size), baseline, size);
    }

    void gray(float level) throws IOException {
        stream.setNonStrokingColor(level);
        stream.setStrokingColor(level);
    }

    void black() throws IOException {
        gray(0f);
    }

    /** The baseline that centres a line of {@code size} text in a line box whose top is {@code lineTop}. */
    static float baseline(float lineTop, float size) {
        return lineTop - LEADING / 2 - size * 0.36f;
    }

    // ---- shapes ----

    void checkbox(float x, float y, float side, boolean checked) throws IOException {
        stream.saveGraphicsState();
        stream.setLineWidth(0.7f);
        stream.addRect(x, y, side, side);
        stream.stroke();
        if (checked) {
            stream.setLineWidth(1.3f);
            stream.moveTo(x + side * 0.18f, y + side * 0.52f);
            stream.lineTo(x + side * 0.42f, y + side * 0.22f);
            stream.lineTo(x + side * 0.86f, y + side * 0.84f);
            stream.stroke();
        }
        stream.restoreGraphicsState();
    }

    void rule(float x1, float y1, float x2, float y2, float width) throws IOException {
        stream.setLineWidth(width);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    void dottedRule(float x1, float y1, float x2) throws IOException {
        stream.saveGraphicsState();
        stream.setLineDashPattern(new float[] {1.2f, 2f}, 0);
        stream.setStrokingColor(0.45f);
        rule(x1, y1, x2, y1, 0.5f);
        stream.restoreGraphicsState();
    }

    /** A dashed circle where the seal goes, labelled in grey. */
    void sealArea(float cx, float cy, float r, String label) throws IOException {
        stream.saveGraphicsState();
        stream.setStrokingColor(0.55f);
        stream.setLineWidth(0.7f);
        stream.setLineDashPattern(new float[] {3f, 2.5f}, 0);
        float k = 0.5523f * r;
        stream.moveTo(cx + r, cy);
        stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        stream.stroke();
        stream.setNonStrokingColor(0.55f);
        float size = 9f;
        String[] lines = label.split("\n");
        float first = cy + (lines.length - 1) * size * 0.65f - size * 0.35f;
        for (int i = 0; i < lines.length; i++) {
            text(lines[i], cx - width(lines[i], size) / 2, first - i * size * 1.3f, size);
        }
        stream.restoreGraphicsState();
    }

    private void box(float x, float bottom, float width, float height, boolean shaded) throws IOException {
        if (shaded) {
            stream.setNonStrokingColor(LABEL_GRAY);
            stream.addRect(x, bottom, width, height);
            stream.fill();
            stream.setNonStrokingColor(0f);
        }
        stream.setLineWidth(RULE);
        stream.addRect(x, bottom, width, height);
        stream.stroke();
    }

    /** Over the finished page, translucent, so that shaded cells do not hide it. */
    private void drawWatermark() throws IOException {
        stream.saveGraphicsState();
        PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
        translucent.setNonStrokingAlphaConstant(0.14f);
        stream.setGraphicsStateParameters(translucent);
        stream.setNonStrokingColor(0.3f);
        float size = 120f;
        String text = printable(watermark);
        float half = width(text, size) / 2;
        double angle = Math.toRadians(35);
        float cx = A4.getWidth() / 2;
        float cy = A4.getHeight() / 2;
        float x = (float) (cx - half * Math.cos(angle) + 0.4f * size * Math.sin(angle));
        float y0 = (float) (cy - half * Math.sin(angle) - 0.4f * size * Math.cos(angle));
        stream.beginText();
        stream.setFont(font, size);
        stream.setTextMatrix(Matrix.getRotateInstance(angle, x, y0));
        stream.showText(text);
        stream.endText();
        stream.restoreGraphicsState();
    }

    // ---- table rows ----

    /** A section heading such as 一、申请单位基本情况, kept on the page with at least {@code keepWith} below it. */
    void heading(String text, float keepWith) throws IOException {
        ensureSpace(26 + keepWith);
        y -= 8;
        boldText(text, LEFT, y - 13, 12f);
        y -= 20;
    }

    /** A ruled row of cells; long text breaks across pages, the labels repeat with （续）. */
    void row(float minHeight, Cell... cells) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (Cell cell : cells) {
            lines.add(wrap(cell.text(), BODY, cell.width() - 2 * PAD));
        }
        while (true) {
            int most = lines.stream().mapToInt(List::size).max().orElse(1);
            float needed = Math.max(minHeight, most * LEADING + 2 * PAD);
            if (needed <= y - BOTTOM) {
                drawRow(cells, lines, needed);
                return;
            }
            int fit = (int) Math.floor((y - BOTTOM - 2 * PAD) / LEADING);
            boolean splittable = fit >= 2 && most > fit;
            if (!splittable) {
                newPage();
                continue;
            }
            List<List<String>> now = new ArrayList<>();
            List<List<String>> later = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                List<String> cellLines = lines.get(i);
                if (cells[i].label()) {
                    now.add(cellLines);
                    later.add(wrap(cells[i].text() + "（续）", BODY, cells[i].width() - 2 * PAD));
                } else {
                    now.add(cellLines.subList(0, Math.min(fit, cellLines.size())));
                    later.add(cellLines.size() > fit ? cellLines.subList(fit, cellLines.size()) : List.of(""));
                }
            }
            drawRow(cells, now, y - BOTTOM);
            newPage();
            lines = later;
            minHeight = 0;
        }
    }

    private void drawRow(Cell[] cells, List<List<String>> lines, float height) throws IOException {
        float x = LEFT;
        float bottom = y - height;
        for (int i = 0; i < cells.length; i++) {
            Cell cell = cells[i];
            box(x, bottom, cell.width(), height, cell.label());
            List<String> cellLines = lines.get(i);
            float blockTop = cell.top()
                    ? y - PAD
                    : y - (height - cellLines.size() * LEADING) / 2;
            for (int n = 0; n < cellLines.size(); n++) {
                String line = cellLines.get(n);
                float base = baseline(blockTop - n * LEADING, BODY);
                float textX = cell.align() == Align.CENTER
                        ? x + (cell.width() - width(line, BODY)) / 2
                        : x + PAD;
                text(line, textX, base, BODY);
            }
            x += cell.width();
        }
        y = bottom;
    }

    /** A ruled box of fixed height drawn by {@code painter}, with a shaded label cell on the left. */
    void customRow(float labelWidth, String label, float height, Painter painter) throws IOException {
        ensureSpace(height);
        Cell labelCell = Cell.label(labelWidth, label);
        float bottom = y - height;
        box(LEFT, bottom, labelWidth, height, true);
        List<String> labelLines = wrap(label, BODY, labelWidth - 2 * PAD);
        float blockTop = y - (height - labelLines.size() * LEADING) / 2;
        for (int n = 0; n < labelLines.size(); n++) {
            String line = labelLines.get(n);
            text(line, LEFT + (labelCell.width() - width(line, BODY)) / 2, baseline(blockTop - n * LEADING, BODY), BODY);
        }
        box(LEFT + labelWidth, bottom, WIDTH - labelWidth, height, false);
        painter.paint(this, LEFT + labelWidth, bottom, WIDTH - labelWidth, height);
        y = bottom;
    }

    /** Footers on every page: 第 i 页 共 n 页 in the middle, the given texts left and right; the watermark if any. */
    void footers(String left, String right) throws IOException {
        closeStream();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(
                    document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = footer;
                if (watermark != null) {
                    drawWatermark();
                }
                gray(0.35f);
                rule(LEFT, 46, RIGHT, 46, 0.4f);
                text(left, LEFT, 34, 7.5f);
                rightAligned(right, RIGHT, 34, 7.5f);
                black();
                centered("第 " + (i + 1) + " 页  共 " + total + " 页", 33, 9f);
            } finally {
                stream = null;
            }
        }
    }
}
