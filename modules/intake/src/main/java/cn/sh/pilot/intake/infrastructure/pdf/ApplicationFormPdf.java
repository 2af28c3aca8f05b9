package cn.sh.pilot.intake.infrastructure.pdf;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.Applicant;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.intake.domain.application.AttachmentMetadata;
import cn.sh.pilot.intake.domain.application.Declarations;
import cn.sh.pilot.intake.domain.application.Endorsement;
import cn.sh.pilot.intake.domain.application.InternalStandardizationOverride;
import cn.sh.pilot.intake.domain.application.PilotKind;
import cn.sh.pilot.intake.domain.application.PlannedStandardOutput;
import cn.sh.pilot.intake.domain.application.Project;
import cn.sh.pilot.intake.domain.application.ProjectType;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.domain.call.DirectionGroup;
import cn.sh.pilot.intake.infrastructure.pdf.FormCanvas.Cell;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

/**
 * The printable application form of §五(二) (上海市标准化试点项目申请表) as an A4 PDF: applicant, project, the §二
 * declarations, planned standards, the industry department's endorsement, attachments, the applicant's undertaking
 * with its seal, and the recommender's opinion block (推荐单位意见) with signature, date and seal areas.
 *
 * <p>Chinese text is set in a TrueType CJK font embedded as a subset. The font file comes from a package, never
 * from the network: system property {@value #FONT_PROPERTY}, else environment variable {@value #FONT_ENV}, else
 * {@value #DEFAULT_FONT} (Debian {@code fonts-wqy-zenhei}).
 */
public final class ApplicationFormPdf {

    public static final String FONT_PROPERTY = "pilot.cjk.font";
    public static final String FONT_ENV = "PILOT_CJK_FONT";
    public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private static final String TITLE = "上海市标准化试点项目申请表";
    private static final float W = FormCanvas.WIDTH;
    private static final float LABEL = 96f;
    private static final float HALF = (W - 2 * LABEL) / 2;
    private static final float OPINION_HEIGHT = 300f;
    private static final int OPINION_LINES = 7;

    private final Path fontFile;

    public ApplicationFormPdf(Path fontFile) {
        this.fontFile = Objects.requireNonNull(fontFile, "fontFile");
    }

    /** The form set in the configured font (property, then environment, then the Debian default). */
    public static ApplicationFormPdf withConfiguredFont() {
        return new ApplicationFormPdf(configuredFont());
    }

    public static Path configuredFont() {
        String configured = System.getProperty(FONT_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(FONT_ENV);
        }
        return Path.of(configured == null || configured.isBlank() ? DEFAULT_FONT : configured.strip());
    }

    public Path fontFile() {
        return fontFile;
    }

    /** Checks that the font can be used, e.g. at start-up, so that a missing package shows before anyone prints. */
    public void verifyFont() throws RefusedException {
        try (CjkFont font = CjkFont.open(fontFile)) {
            font.trueType().getNumberOfGlyphs();
        } catch (IOException e) {
            throw new RefusedException(IntakeError.CJK_FONT_UNUSABLE, fontFile.toString(), e);
        }
    }

    /**
     * The form as PDF bytes.
     *
     * @param recommenderName the name of the recommender the application is addressed to, e.g. 徐汇区市场监督管理局
     */
    public byte[] render(Application application, Call call, String recommenderName) throws RefusedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(application, call, recommenderName, out);
        return out.toByteArray();
    }

    public void write(Application application, Call call, String recommenderName, OutputStream out) throws RefusedException {
        try (CjkFont cjk = CjkFont.open(fontFile); PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, cjk.trueType(), true);
            describe(document, application, call);
            String watermark = application.state() == ApplicationState.DRAFT ? "草稿" : null;
            FormCanvas canvas = new FormCanvas(document, font, watermark);
            new Layout(canvas, application, call, recommenderName).draw();
            canvas.footers("申请编号 " + application.id(), call.docNumber());
            document.save(out);
        } catch (IOException | RuntimeException e) {
            throw new RefusedException(IntakeError.FORM_NOT_WRITTEN, application.id() + ": " + e, e);
        }
    }

    private static void describe(PDDocument document, Application application, Call call) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(TITLE + " — " + application.project().name());
        info.setSubject(call.docNumber());
        info.setAuthor(application.applicant().name());
        info.setCreator("上海市市级标准化试点管理系统");
        Calendar created = GregorianCalendar.from(ZonedDateTime.ofInstant(application.createdAt(), Call.ZONE));
        created.setTimeZone(TimeZone.getTimeZone(Call.ZONE));
        info.setCreationDate(created);
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String box(boolean checked) {
        return String.valueOf(checked ? FormCanvas.CHECKED : FormCanvas.UNCHECKED);
    }

    /** One drawing of one form. */
    private static final class Layout {

        private final FormCanvas canvas;
        private final Application application;
        private final Call call;
        private final String recommenderName;
        private final LocalDate asOf;

        Layout(FormCanvas canvas, Application application, Call call, String recommenderName) {
            this.canvas = canvas;
            this.application = application;
            this.call = call;
            this.recommenderName = recommenderName;
            Instant at = application.submittedAt().orElse(application.createdAt());
            this.asOf = LocalDate.ofInstant(at, Call.ZONE);
        }

        void draw() throws IOException {
            canvas.newPage();
            header();
            applicant(application.applicant());
            project(application.project());
            declarations(application.applicant(), application.declarations(), application.project());
            outputs(application.project().plannedOutputs());
            endorsement(application.project().endorsement());
            attachments(application.attachments());
            undertaking();
            recommenderOpinion();
        }

        private void header() throws IOException {
            float top = canvas.y();
            canvas.gray(0.25f);
            canvas.text("申请编号：" + application.id(), FormCanvas.LEFT, top - 4, 8f);
            canvas.rightAligned("状态：" + application.state().nameZh(), FormCanvas.RIGHT, top - 4, 8f);
            canvas.black();
            canvas.centeredBold(TITLE, top - 46, 21f);
            canvas.centered("（" + call.year() + "年度　依据" + call.docNumber() + "）", top - 68, 11f);
            canvas.moveDown(84);
            float base = canvas.y() - 8;
            canvas.text("推荐单位：" + recommenderName, FormCanvas.LEFT, base, FormCanvas.BODY);
            canvas.rightAligned("填报日期：" + chineseDate(asOf), FormCanvas.RIGHT, base, FormCanvas.BODY);
            canvas.moveDown(16);
        }

        private void applicant(Applicant applicant) throws IOException {
            canvas.heading("一、申请单位基本情况", 60);
            canvas.row(26, Cell.label(LABEL, "单位名称"), Cell.value(W - LABEL, applicant.name()));
            canvas.row(26, Cell.label(LABEL, "统一社会信用代码"), Cell.value(HALF, applicant.creditCode()),
                    Cell.label(LABEL, "注册地"), Cell.value(HALF, ShanghaiDistricts.describe(applicant.registeredDistrictCode())));
            canvas.row(26, Cell.label(LABEL, "注册地址"), Cell.value(W - LABEL, applicant.address()));
            canvas.row(26, Cell.label(LABEL, "法定代表人"), Cell.value(HALF, applicant.legalRepresentative()),
                    Cell.label(LABEL, "联系人"), Cell.value(HALF, applicant.contact().name()));
            canvas.row(26, Cell.label(LABEL, "联系电话"), Cell.value(HALF, applicant.contact().phone()),
                    Cell.label(LABEL, "电子邮箱"), Cell.value(HALF, applicant.contact().email()));
            canvas.row(26, Cell.label(LABEL, "标准化管理机构"),
                    Cell.value(W - LABEL, !applicant.capacity().hasBody() ? "（无）"
                            : applicant.capacity().bodyName().isEmpty() ? "（已设立，未填名称）" : applicant.capacity().bodyName()));
            canvas.row(26, Cell.label(LABEL, "专职标准化人员"), Cell.value(HALF, applicant.capacity().fullTimeStaff() + " 人"),
                    Cell.label(LABEL, "兼职标准化人员"), Cell.value(HALF, applicant.capacity().partTimeStaff() + " 人"));
        }

        private void project(Project project) throws IOException {
            canvas.heading("二、项目基本情况", 60);
            canvas.row(26, Cell.label(LABEL, "项目名称"), Cell.value(W - LABEL, project.name()));
            String types = box(project.type() == ProjectType.GENERAL) + " 一般项目　　"
                    + box(project.type() == ProjectType.KEY) + " 重点项目";
            canvas.row(26, Cell.label(LABEL, "项目类型"), Cell.value(HALF, types),
                    Cell.label(LABEL, "试点类型"), Cell.value(HALF, project.pilotKind().nameZh()));
            canvas.row(26, Cell.label(LABEL, "重点方向"), Cell.value(W - LABEL, direction(project)));
            canvas.row(110, Cell.label(LABEL, "项目简介"), Cell.block(W - LABEL, project.summary()));
        }

        private String direction(Project project) {
            if (project.directionGroupCode() == null) {
                return project.type() == ProjectType.KEY ? "（未选择）" : "（一般项目可不填）";
            }
            String group = call.group(project.directionGroupCode()).map(DirectionGroup::nameZh)
                    .orElse(project.directionGroupCode());
            String sub = project.directionCode() == null ? "（未选择具体方向）"
                    : call.group(project.directionGroupCode()).flatMap(g -> g.direction(project.directionCode()))
                    .map(d -> d.nameZh()).orElse(project.directionCode());
            return group + " — " + sub + "（通知第三条（一））";
        }

        private void declarations(Applicant applicant, Declarations declarations, Project project) throws IOException {
            canvas.heading("三、申报条件声明（通知第二条）", 60);
            float clause = 76f;
            float text = W - clause;
            canvas.row(22, Cell.label(text, "申报单位声明"), Cell.label(clause, "通知条款"));
            boolean recentCensure = declarations.adverseRecords().stream()
                    .anyMatch(r -> !r.kind().isAccident() && r.countsAsOf(asOf));
            boolean recentAccident = declarations.adverseRecords().stream()
                    .anyMatch(r -> r.kind().isAccident() && r.countsAsOf(asOf));
            String internal = "不属于组织内部的标准化建设";
            if (project.internalOnly()) {
                internal = application.internalStandardizationOverride()
                        .map(o -> "属于组织内部的标准化建设，经推荐单位经办人特别放行：" + overrideNote(o))
                        .orElse("不属于组织内部的标准化建设（本项目为组织内部的标准化建设）");
            }
            boolean internalBox = !project.internalOnly() || application.internalStandardizationOverride().isPresent();
            declaration(text, clause, declarations.registeredInShanghai(), "依法在本市登记注册", "第二条（一）");
            declaration(text, clause, declarations.goodCredit(), "信用良好", "第二条（一）");
            declaration(text, clause, applicant.capacity().hasBody() && applicant.capacity().staff() > 0,
                    "有标准化管理机构及专兼职标准化人员，主要负责人具有较强的标准化意识", "第二条（二）");
            declaration(text, clause, declarations.governmentLed(),
                    "由政府主导、依法承担社会管理或公共服务职能的机构或组织"
                            + (project.pilotKind() == PilotKind.SOCIAL_MGMT_PUBLIC_SERVICE
                            ? "（本项目为社会管理与公共服务综合标准化试点，必须满足）"
                            : "（申报社会管理与公共服务综合标准化试点时须满足）"),
                    "第二条（三）");
            declaration(text, clause, internalBox, internal, "第二条（四）");
            declaration(text, clause, declarations.inLineWithIndustrialPolicy(), "符合产业政策要求", "第二条（五）");
            declaration(text, clause, !recentCensure, "近三年未受到相关部门通报批评、处罚或媒体曝光", "第二条（五）");
            declaration(text, clause, !recentAccident,
                    "近三年内未发生重大产品（服务）质量、安全生产、环境保护等事故", "第二条（五）");
            List<AdverseRecord> recent = declarations.adverseRecords().stream().filter(r -> r.countsAsOf(asOf)).toList();
            if (!recent.isEmpty()) {
                StringBuilder listed = new StringBuilder("近三年记录：");
                for (AdverseRecord r : recent) {
                    listed.append('\n').append(chineseDate(r.date())).append('　').append(r.kind().nameZh())
                            .append('　').append(r.issuer()).append('　').append(r.description());
                }
                canvas.row(22, Cell.value(text, listed.toString()), Cell.centered(clause, "第二条（五）"));
            }
        }

        private static String overrideNote(InternalStandardizationOverride o) {
            return o.operator() + "，" + chineseDate(LocalDate.ofInstant(o.at(), Call.ZONE)) + "，理由：" + o.reason();
        }

        private void declaration(float text, float clause, boolean checked, String statement, String ref) throws IOException {
            canvas.row(22, Cell.value(text, box(checked) + " " + statement), Cell.centered(clause, ref));
        }

        private void outputs(List<PlannedStandardOutput> outputs) throws IOException {
            canvas.heading("四、拟形成的标准化成果（通知第三条（二））", 50);
            float no = 36f;
            float level = 70f;
            float year = 74f;
            float advanced = 64f;
            float title = W - no - level - year - advanced;
            canvas.row(22, Cell.label(no, "序号"), Cell.label(level, "标准层级"), Cell.label(title, "标准名称"),
                    Cell.label(year, "计划完成年份"), Cell.label(advanced, "先进标准"));
            if (outputs.isEmpty()) {
                canvas.row(24, Cell.centered(W, "（未填报）"));
            }
            int n = 1;
            for (PlannedStandardOutput output : outputs) {
                String isAdvanced = output.level().majorByLevel() ? "—" : (output.advanced() ? "是" : "否");
                canvas.row(24, Cell.centered(no, String.valueOf(n++)), Cell.centered(level, output.level().nameZh()),
                        Cell.value(title, "《" + output.title() + "》"), Cell.centered(year, output.plannedYear() + "年"),
                        Cell.centered(advanced, isAdvanced));
            }
        }

        private void endorsement(Endorsement endorsement) throws IOException {
            canvas.heading("五、行业主管部门意见（通知第三条（四））", 50);
            if (endorsement == null) {
                canvas.row(26, Cell.label(LABEL, "行业主管部门"), Cell.value(W - LABEL,
                        application.project().type() == ProjectType.KEY ? "（未提供，重点项目必须提供）" : "（一般项目可不提供）"));
                return;
            }
            canvas.row(26, Cell.label(LABEL, "行业主管部门"), Cell.value(HALF, endorsement.departmentName()),
                    Cell.label(LABEL, "出具日期"), Cell.value(HALF, chineseDate(endorsement.date())));
            canvas.row(40, Cell.label(LABEL, "意见"), Cell.block(W - LABEL, endorsement.opinion()));
        }

        private void attachments(List<AttachmentMetadata> attachments) throws IOException {
            canvas.heading("六、附件清单", 40);
            float no = 36f;
            float size = 70f;
            float name = (W - no - size) * 0.55f;
            float note = W - no - size - name;
            canvas.row(22, Cell.label(no, "序号"), Cell.label(name, "文件名称"), Cell.label(note, "说明"), Cell.label(size, "大小"));
            if (attachments.isEmpty()) {
                canvas.row(24, Cell.centered(W, "（无）"));
            }
            int n = 1;
            for (AttachmentMetadata a : attachments) {
                canvas.row(24, Cell.centered(no, String.valueOf(n++)), Cell.value(name, a.fileName()),
                        Cell.value(note, a.description()), Cell.centered(size, kilobytes(a.sizeBytes())));
            }
        }

        private static String kilobytes(long bytes) {
            return bytes < 1024 ? bytes + " B" : (bytes + 1023) / 1024 + " KB";
        }

        private void undertaking() throws IOException {
            canvas.heading("七、申请单位承诺", 150);
            canvas.customRow(LABEL, "申请单位\n承诺", 150, (c, x, y, w, h) -> {
                float top = y + h;
                List<String> lines = c.wrap("　　本单位承诺：所填报内容及所附材料真实、准确、完整，符合《上海市标准化试点项目管理办法》"
                        + "及本年度征集通知的要求；如有不实，愿承担相应责任。", FormCanvas.BODY, w - 2 * FormCanvas.PAD);
                for (int i = 0; i < lines.size(); i++) {
                    c.text(lines.get(i), x + FormCanvas.PAD, FormCanvas.baseline(top - 6 - i * FormCanvas.LEADING, FormCanvas.BODY), FormCanvas.BODY);
                }
                signatureLines(c, x, y, w, "法定代表人（签字）：", "申请单位\n（盖章）");
            });
        }

        private void recommenderOpinion() throws IOException {
            canvas.heading("八、推荐单位意见（通知第五条（三））", OPINION_HEIGHT);
            canvas.customRow(LABEL, "推荐单位\n意见", OPINION_HEIGHT, (c, x, y, w, h) -> {
                float top = y + h;
                float pad = FormCanvas.PAD;
                c.text("推荐单位：" + recommenderName, x + pad, FormCanvas.baseline(top - 6, FormCanvas.BODY), FormCanvas.BODY);
                c.text("初审意见：", x + pad, FormCanvas.baseline(top - 6 - FormCanvas.LEADING * 1.4f, FormCanvas.BODY), FormCanvas.BODY);
                for (int i = 1; i <= OPINION_LINES; i++) {
                    float lineY = top - 6 - FormCanvas.LEADING * 1.4f - i * 20f - 4;
                    c.dottedRule(x + pad, lineY, x + w - pad);
                }
                float decision = top - 6 - FormCanvas.LEADING * 1.4f - OPINION_LINES * 20f - 16;
                c.text(box(application.state() == ApplicationState.RECOMMENDED) + " 同意推荐　　　　"
                                + box(application.state() == ApplicationState.NOT_RECOMMENDED) + " 不予推荐",
                        x + pad, FormCanvas.baseline(decision, FormCanvas.BODY), FormCanvas.BODY);
                signatureLines(c, x, y, w, "负责人（签字）：", "推荐单位\n（盖章）");
            });
        }

        /** Signature line bottom left, seal circle and date bottom right. */
        private static void signatureLines(FormCanvas c, float x, float y, float w, String signer, String seal) throws IOException {
            float pad = FormCanvas.PAD;
            float base = y + 16;
            c.text(signer, x + pad + 4, base, FormCanvas.BODY);
            float lineStart = x + pad + 4 + c.width(signer, FormCanvas.BODY);
            c.rule(lineStart, base - 3, lineStart + 110, base - 3, 0.5f);
            float cx = x + w - 80;
            c.sealArea(cx, y + 74, 40, seal);
            String date = "年　　月　　日";
            c.text(date, cx - c.width(date, FormCanvas.BODY) / 2 + 8, base, FormCanvas.BODY);
        }
    }
}
