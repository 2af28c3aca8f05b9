package cn.sh.pilot.app.projects;

import cn.sh.pilot.acceptance.api.EvaluationState;
import cn.sh.pilot.acceptance.domain.AttachmentRef;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceApplication;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceEvaluation;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceResultNotice;
import cn.sh.pilot.acceptance.domain.evaluation.ClaimedOutput;
import cn.sh.pilot.acceptance.domain.evaluation.Expert;
import cn.sh.pilot.acceptance.domain.evaluation.Outcome;
import cn.sh.pilot.acceptance.domain.evaluation.SelfEvaluation;
import cn.sh.pilot.acceptance.infrastructure.xml.AcceptanceResultMapper;
import cn.sh.pilot.app.application.AcceptanceDesk;
import cn.sh.pilot.app.application.ProjectDesk;
import cn.sh.pilot.app.application.Who;
import cn.sh.pilot.acceptance.infrastructure.xml.AcceptanceApplicationMapper;
import cn.sh.pilot.app.inbox.infrastructure.JdbcTrustStore;
import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.inbox.PackageStore;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.projects.domain.output.StandardLevel;
import cn.sh.pilot.projects.domain.output.StandardStage;
import cn.sh.pilot.projects.domain.output.StandardStatus;
import cn.sh.pilot.projects.domain.progress.ProgressReport;
import cn.sh.pilot.projects.domain.progress.ProgressStatus;
import cn.sh.pilot.projects.domain.progress.ReportSource;
import cn.sh.pilot.projects.domain.project.ExtensionRequest;
import cn.sh.pilot.projects.infrastructure.xml.ExtensionRequestMapper;
import cn.sh.pilot.projects.infrastructure.xml.ProgressReportMapper;
import cn.sh.pilot.app.it.PilotWar;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ProjectState;
import cn.sh.pilot.projects.application.ProjectService;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.Role;
import cn.sh.pilot.projects.domain.project.Project;
import cn.sh.pilot.review.api.ProjectApproved;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Projects in the container, through the app: review's {@link ProjectApproved} CDI event opens projects (observed in
 * app), {@link ProjectDesk} runs each use case in a transaction on the database, refusals carry their error ids and
 * leave nothing written, every change is in the audit log, and the three clock lists are right on the days the test
 * sets the clock to (issue 7, done-when 2 and 3).
 */
@ExtendWith(ArquillianExtension.class)
class ProjectsIT {

    private static final String XUHUI = "310104";
    private static final String A = "SHBZSD-2023-0101"; // 2023-07-20 … 2025-07-19, extended by 6 months
    private static final String B = "SHBZSD-2023-0102"; // 2023-10-10 … 2025-10-09
    private static final String C = "SHBZSD-2023-0103"; // 2023-05-01 … 2025-04-30
    private static final String D = "SHBZSD-2023-0104"; // 2023-08-15 … 2025-08-14
    private static final Set<String> MINE = Set.of(A, B, C, D);

    /** A municipal operator recording the guarantor's paper request: acts for 310104. */
    private static final Actor RECORDER = new Actor("shi-liu", XUHUI, Set.of(Role.OPERATOR, Role.APPROVER));
    private static final Actor RECORDER_AS_APPROVER = Actor.municipal("shi-liu", Role.OPERATOR, Role.APPROVER);
    private static final Actor APPROVER = Actor.municipal("shi-hu", Role.APPROVER);
    private static final Actor GUARANTOR = Actor.of("xuhui-li", XUHUI, Role.OPERATOR);

    @Deployment
    static WebArchive deployment() throws Exception {
        return PilotWar.withTestPackage(ProjectsIT.class.getPackage()).addClasses(PilotWar.class);
    }

    @Inject
    Event<ProjectApproved> approvals;
    @Inject
    ProjectDesk desk;
    @Inject
    MovableClock clock;
    @Inject
    AcceptanceDesk acceptance;
    @Inject
    JdbcTrustStore trust;
    @Inject
    UserTransaction tx;
    @Resource(lookup = "java:app/jdbc/pilot")
    DataSource db;

    @Test
    void extensionRulesAndClockListsThroughTheDesk() throws Exception {
        clock.setTo(LocalDate.of(2023, 5, 1));
        approve(C, LocalDate.of(2023, 5, 1), LocalDate.of(2025, 4, 30));
        approve(A, LocalDate.of(2023, 7, 20), LocalDate.of(2025, 7, 19));
        approve(D, LocalDate.of(2023, 8, 15), LocalDate.of(2025, 8, 14));
        approve(B, LocalDate.of(2023, 10, 10), LocalDate.of(2025, 10, 9));
        approve(A, LocalDate.of(2023, 7, 20), LocalDate.of(2025, 7, 19)); // delivered twice: still one project
        assertEquals(1, count("SELECT COUNT(*) FROM project WHERE project_number = '" + A + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'project.opened' AND entity_id = '" + A + "'"));

        // an approval whose term is not two years opens nothing (and the firing transaction fails)
        tx.begin();
        try {
            Exception e = assertThrows(Exception.class, () -> approvals.fire(approved("SHBZSD-2023-0199",
                    LocalDate.of(2023, 7, 20), LocalDate.of(2026, 7, 19))));
            assertEquals("term-not-two-years", refusal(e));
        } finally {
            tx.rollback();
        }
        assertEquals(0, count("SELECT COUNT(*) FROM project WHERE project_number = 'SHBZSD-2023-0199'"));

        // 2025-06-01: A 48 days left, D 74, B 130; C ended 2025-04-30
        clock.setTo(LocalDate.of(2025, 6, 1));
        assertLists(Set.of(A, D), Set.of(C), Set.of());

        // done-when 2: a 7-month extension is refused
        assertRefused("extension-too-long", () -> desk.requestExtension(RECORDER, "徐汇区市场监管局", A, 7, "站点搬迁"));
        // … a request after the term ended is refused
        assertRefused("extension-after-term", () -> desk.requestExtension(RECORDER, "徐汇区市场监管局", C, 3, "迟交"));
        // … a request from another recommender is refused
        assertRefused("extension-not-guarantor", () -> desk.requestExtension(
                Actor.of("minhang-wang", "310112", Role.OPERATOR), "闵行区市场监管局", A, 6, "代报"));
        assertEquals(0, count("SELECT COUNT(*) FROM project_extension WHERE project_number IN ('" + A + "', '" + C + "')"));

        desk.requestExtension(RECORDER, "徐汇区市场监管局", A, 6, "试点站点搬迁，满意度评价需在新站点运行满三个月后开展。");
        assertEquals(ProjectState.EXTENSION_REQUESTED, desk.get(A).state());
        // … an approval by the requester is refused (four eyes)
        assertRefused("extension-self-approval", () -> desk.approveExtension(RECORDER_AS_APPROVER, A, 6, "同意"));
        // … a municipal operator without the approver role cannot decide
        assertRefused("extension-approver-not-authorised",
                () -> desk.approveExtension(Actor.municipal("shi-zhao", Role.OPERATOR), A, 6, "同意"));
        assertRefused("extension-pending", () -> desk.requestExtension(GUARANTOR, "徐汇区市场监管局", A, 3, "再次"));
        assertEquals(ProjectState.EXTENSION_REQUESTED, desk.get(A).state());

        clock.setTo(LocalDate.of(2025, 6, 10));
        Project extended = desk.approveExtension(APPROVER, A, 6, "理由充分，同意延期六个月。");
        assertEquals(LocalDate.of(2026, 1, 19), extended.term().end());
        Project reread = desk.get(A);
        assertEquals(ProjectState.EXTENDED, reread.state());
        assertEquals(LocalDate.of(2026, 1, 19), reread.term().end());
        assertEquals(LocalDate.of(2025, 7, 19), reread.approvedTerm().end());
        assertEquals("shi-hu", reread.extensions().get(0).decidedBy().orElseThrow().userId());
        assertEquals("shi-liu", reread.extensions().get(0).requestedBy().userId());
        // … a second extension is refused
        assertRefused("extension-already-used", () -> desk.requestExtension(GUARANTOR, "徐汇区市场监管局", A, 3, "再延"));
        assertEquals(1, count("SELECT COUNT(*) FROM project_extension WHERE project_number = '" + A + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'project.extension-requested' AND entity_id = '" + A + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'project.extension-approved' AND entity_id = '" + A + "'"
                + " AND after_json LIKE '%2026-01-19%'"));

        // done-when 3: the lists on fixed dates, with the extended project
        assertLists(Set.of(D), Set.of(C), Set.of(A)); // 2025-06-10: A now has 223 days left
        clock.setTo(LocalDate.of(2025, 10, 9)); // B's last day counts as within; D is over
        assertLists(Set.of(B), Set.of(C, D), Set.of(A));
        clock.setTo(LocalDate.of(2025, 10, 22)); // A: 89 days left on its extended term
        assertLists(Set.of(A), Set.of(B, C, D), Set.of(A));
        clock.setTo(LocalDate.of(2025, 10, 21)); // A: 90 days left — the boundary is inside
        assertLists(Set.of(A), Set.of(B, C, D), Set.of(A));
        clock.setTo(LocalDate.of(2025, 10, 20)); // A: 91 days left
        assertLists(Set.of(), Set.of(B, C, D), Set.of(A));
        clock.setTo(LocalDate.of(2026, 1, 20)); // the day after A's extended term
        desk.applyForAcceptance(GUARANTOR, C); // an overdue project with an acceptance application leaves the list
        assertLists(Set.of(), Set.of(A, B, D), Set.of(A));
        assertRefused("acceptance-not-guarantor",
                () -> desk.applyForAcceptance(Actor.of("minhang-wang", "310112", Role.OPERATOR), B));
    }

    /**
     * In the container, on the database: a key project approved, extended by 6 months, applied for acceptance by its
     * guarantor, a panel of three (a conflicted expert refused), every weighted criterion scored, the computed pass
     * proposed as a benchmark (标杆) with its reason, refused when its proposer confirms, confirmed by an approver;
     * the project is PASSED and the signed-off result maps to a schema-valid acceptance-result document.
     */
    @Test
    void acceptanceFromApplicationToConfirmedPass() throws Exception {
        String e = "SHBZSD-2023-0201";
        clock.setTo(LocalDate.of(2023, 7, 20));
        tx.begin();
        approvals.fire(new ProjectApproved(e, UUID.randomUUID(), UUID.randomUUID(), "2023-139", "城市运行“一网统管”标准化试点",
                "上海某城市运行管理中心", "11310104MB2C31947Y", XUHUI, "KEY", "SOCIAL_MGMT", "city-digital-governance", "D01",
                LocalDate.of(2023, 7, 20), LocalDate.of(2025, 7, 19),
                LocalDate.of(2023, 7, 20).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), "shi-hu"));
        tx.commit();
        clock.setTo(LocalDate.of(2025, 6, 18));
        desk.requestExtension(GUARANTOR, "徐汇区市场监管局", e, 6, "站点搬迁");
        clock.setTo(LocalDate.of(2025, 6, 25));
        desk.approveExtension(APPROVER, e, 6, "同意延期六个月。");

        clock.setTo(LocalDate.of(2025, 12, 20));
        Who guarantor = new Who("xuhui-li", XUHUI, true, false);
        Who operator = Who.municipal("shi-liu", true, true);
        Who approver = Who.municipal("shi-hu", false, true);
        AcceptanceApplication application = new AcceptanceApplication(UUID.randomUUID(),
                new cn.sh.pilot.acceptance.domain.Organisation(XUHUI, "上海市徐汇区市场监督管理局"),
                new cn.sh.pilot.acceptance.domain.evaluation.ProjectNumber(e),
                new SelfEvaluation(new BigDecimal("92.50"), "地方标准已发布。", new BigDecimal("1185000.00"), true),
                List.of(new ClaimedOutput("LOCAL", "城市运行事件分拨处置规范", "PUBLISHED", "DB31/T 1456-2024")), null,
                List.of(new AttachmentRef("自评报告.pdf", null, "application/pdf",
                        "4b227777d4dd1fc61c6f884f48641d02b4d121d3fd328cb08b5531fcacdabf8a", 2097152)),
                clock.clock().instant());
        assertRefused("acceptance-not-guarantor", () -> acceptance.receive(application,
                new Who("minhang-wang", "310112", true, false)));
        UUID id = acceptance.receive(application, guarantor).id();
        assertEquals(ProjectState.ACCEPTANCE_APPLIED, desk.get(e).state());

        assertRefused("acceptance-conflict-of-interest", () -> acceptance.assign(id,
                new Expert("expert-own", "王某", "上海某城市运行管理中心", "11310104MB2C31947Y", null), operator));
        assertRefused("acceptance-conflict-of-interest", () -> acceptance.assign(id,
                new Expert("expert-xuhui", "李某", "徐汇区标准化协会", null, XUHUI), operator));
        List<Expert> panel = List.of(
                new Expert("expert-wu", "吴志刚", "上海市标准化研究院", "12310000425004217T", null),
                new Expert("expert-zhou", "周敏", "上海质量管理科学研究院", "12310000425012345X", null),
                new Expert("expert-chen", "陈立", "上海市计量测试技术研究院", null, null));
        acceptance.assign(id, panel.get(0), operator);
        acceptance.assign(id, panel.get(1), operator);
        assertRefused("panel-too-small", () -> acceptance.startScoring(id, operator));
        acceptance.assign(id, panel.get(2), operator);
        acceptance.startScoring(id, operator);
        assertEquals(ProjectState.UNDER_EVALUATION, desk.get(e).state());

        String[] criteria = {"GOALS", "SYSTEM", "OUTPUTS", "IMPLEMENT", "EFFECT"};
        String[] scores = {"9", "8.5", "9"}; // expert totals 90, 85, 90 → 88.33
        for (int i = 0; i < panel.size(); i++) {
            Who by = i == 0 ? new Who("expert-wu", "expert", true, false) : operator; // the expert, or from paper
            for (String c : criteria) {
                acceptance.score(id, panel.get(i).id(), c, new BigDecimal(scores[i]), by);
            }
        }
        assertRefused("score-out-of-range", () -> acceptance.score(id, "expert-wu", "GOALS", new BigDecimal("11"), operator));
        assertRefused("score-duplicate", () -> acceptance.score(id, "expert-wu", "GOALS", new BigDecimal("9"), operator));
        acceptance.propose(id, "目标任务全部完成，标准已发布实施。", "城市运行领域首个发布实施的地方标准，示范带动作用明显。", operator);
        assertRefused("acceptance-self-approval", () -> acceptance.confirm(id, operator));
        AcceptanceEvaluation confirmed = acceptance.confirm(id, approver);
        assertEquals(EvaluationState.PASSED, confirmed.state());

        AcceptanceEvaluation reread = acceptance.get(id); // replayed from the journal
        assertEquals(EvaluationState.PASSED, reread.state());
        assertEquals(new BigDecimal("88.33"), reread.computed().orElseThrow().total());
        assertEquals(ProjectState.PASSED, desk.get(e).state());
        AcceptanceResultNotice notice = acceptance.resultNotice(id);
        assertEquals(Outcome.PASS, notice.outcome());
        assertTrue(notice.benchmarkDesignated());
        assertEquals(3, notice.experts().size());
        byte[] xml = new AcceptanceResultMapper().write(notice); // schema-checked
        assertEquals(notice.total(), new AcceptanceResultMapper().read(xml).total());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'acceptance.confirmed' AND entity_id = '" + id + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'project.evaluation-result' AND entity_id = '" + e + "'"
                + " AND after_json LIKE '%PASSED%'"));
    }

    /**
     * The guarantor's packages through the real municipal inbox (drop folder, signature and trust checks, schema,
     * handler, receipt): a progress report is imported; a 7-month extension request is refused by the extension
     * schema ({@code value-out-of-range}), a 6-month one imported; an acceptance application while it waits is refused with
     * {@code extension-pending} and opens nothing; the approver's decision lands as a signed extension-decision
     * package in the guarantor's receipts folder.
     */
    @Test
    void guarantorPackagesThroughTheMunicipalInbox() throws Exception {
        String h = "SHBZSD-2023-0401";
        clock.setTo(LocalDate.of(2023, 7, 20));
        approve(h, LocalDate.of(2023, 7, 20), LocalDate.of(2025, 7, 19));
        clock.setTo(LocalDate.of(2025, 6, 20));
        Path data = Path.of(System.getenv("PILOT_DATA_DIR"));
        char[] password = Files.readString(data.resolve("demo-keys/keystore-password.txt")).strip().toCharArray();
        SigningKey xuhui = SigningKey.fromPkcs12(data.resolve("demo-keys/keys/" + XUHUI + ".p12"), password);
        tx.begin();
        trust.register(XUHUI, xuhui.certificate());
        tx.commit();
        Path work = Files.createTempDirectory("guarantor-packages");
        cn.sh.pilot.projects.domain.Organisation sender = new cn.sh.pilot.projects.domain.Organisation(XUHUI, "上海市徐汇区市场监督管理局");
        cn.sh.pilot.projects.domain.project.ProjectNumber number = new cn.sh.pilot.projects.domain.project.ProjectNumber(h);
        Instant now = clock.clock().instant();

        ProgressReport report = new ProgressReport(UUID.randomUUID(), sender, number, LocalDate.of(2023, 7, 20),
                LocalDate.of(2024, 1, 19), ProgressStatus.ON_TRACK, "体系框架已完成。",
                List.of(new StandardStatus(StandardLevel.LOCAL, "城市运行事件分拨处置规范", StandardStage.CONSULTATION, null)),
                new BigDecimal("300000.00"), null, "开展宣贯。", List.of(), now, ReportSource.PACKAGE);
        String progress = drop(work, data, "progress-report.xml", new ProgressReportMapper().write(report), xuhui);
        assertEquals("IMPORTED", awaitState(progress));
        assertEquals(1, count("SELECT COUNT(*) FROM project_progress_report WHERE project_number = '" + h + "'"));
        var outputs = desk.outputsOf(h).outputs(); // the report's standard, as of its period end
        assertEquals(1, outputs.size());
        assertEquals(StandardStage.CONSULTATION, outputs.get(0).stage());
        assertEquals(LocalDate.of(2024, 1, 19), outputs.get(0).date());

        // the extension schema itself allows at most 6 months: a 7-month document is refused at the schema check
        String sixXml = new String(new ExtensionRequestMapper().write(new ExtensionRequest(UUID.randomUUID(), sender,
                number, LocalDate.of(2025, 7, 19), 6, "站点搬迁", List.of(), now)), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(sixXml.contains("Months>6</"), sixXml);
        String seven = drop(work, data, "extension-request.xml",
                sixXml.replace("Months>6</", "Months>7</").getBytes(java.nio.charset.StandardCharsets.UTF_8), xuhui);
        assertEquals("REFUSED", awaitState(seven));
        assertTrue(reasons(seven).contains("value-out-of-range"), reasons(seven).toString());
        String six = drop(work, data, "extension-request.xml", new ExtensionRequestMapper().write(new ExtensionRequest(
                UUID.randomUUID(), sender, number, LocalDate.of(2025, 7, 19), 6, "站点搬迁", List.of(), now)), xuhui);
        assertEquals("IMPORTED", awaitState(six));
        assertEquals(ProjectState.EXTENSION_REQUESTED, desk.get(h).state());

        AcceptanceApplication early = new AcceptanceApplication(UUID.randomUUID(),
                new cn.sh.pilot.acceptance.domain.Organisation(XUHUI, "上海市徐汇区市场监督管理局"),
                new cn.sh.pilot.acceptance.domain.evaluation.ProjectNumber(h),
                new SelfEvaluation(new BigDecimal("90"), "已完成。", new BigDecimal("900000.00"), false), List.of(), null,
                List.of(new AttachmentRef("自评报告.pdf", null, "application/pdf",
                        "4b227777d4dd1fc61c6f884f48641d02b4d121d3fd328cb08b5531fcacdabf8a", 1024)), now);
        String acceptanceEarly = drop(work, data, "acceptance-application.xml",
                new AcceptanceApplicationMapper().write(early), xuhui);
        assertEquals("REFUSED", awaitState(acceptanceEarly));
        assertTrue(reasons(acceptanceEarly).contains("extension-pending"), reasons(acceptanceEarly).toString());
        assertEquals(0, count("SELECT COUNT(*) FROM acceptance_evaluation WHERE project_number = '" + h + "'"));
        assertEquals(ProjectState.EXTENSION_REQUESTED, desk.get(h).state());

        Path receipts = data.resolve("sftp/sites/" + XUHUI + "/receipts");
        desk.approveExtension(APPROVER, h, 6, "同意延期六个月。");
        try (var files = Files.list(receipts)) {
            List<Path> decisions = files.filter(f -> f.getFileName().toString().startsWith("extension-decision-")
                    && f.getFileName().toString().endsWith(".zip")).toList();
            assertFalse(decisions.isEmpty(), "a signed extension decision for the guarantor");
            boolean found = false;
            for (Path f : decisions) {
                var verified = new cn.sh.pilot.exchange.signature.PackageVerifier(trustStore()).verify(f);
                assertTrue(verified.accepted(), verified.failures().toString());
                assertEquals("310000", verified.claimedSender());
                try (var zip = new java.util.zip.ZipFile(f.toFile())) {
                    String xml = new String(zip.getInputStream(zip.getEntry(verified.payloadName())).readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8);
                    found |= xml.contains(h) && xml.contains("2026-01-19");
                }
            }
            assertTrue(found, "the decision names the project and its new end");
        }
    }

    /**
     * The daily reminder run on set days: 90 days before the last day a TERM_ENDING reminder, once however often the
     * job runs that day; after a gap the job catches up the 30- and 7-day reminders and the first overdue one.
     */
    @Test
    void remindersOnSetDays() throws Exception {
        String r = "SHBZSD-2023-0601";
        clock.setTo(LocalDate.of(2023, 7, 20));
        approve(r, LocalDate.of(2023, 7, 20), LocalDate.of(2025, 7, 19));
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE project_reminder_run SET last_day = ? WHERE id = 1")) {
            ps.setObject(1, LocalDate.of(2025, 4, 18));
            ps.executeUpdate();
        }
        clock.setTo(LocalDate.of(2025, 4, 19)); // 91 days left: nothing yet
        desk.remind();
        assertEquals(0, count("SELECT COUNT(*) FROM project_reminder WHERE project_number = '" + r + "'"));
        clock.setTo(LocalDate.of(2025, 4, 20)); // 90 days left
        assertEquals(List.of("TERM_ENDING 2025-04-20"), mineOf(r, desk.remind()));
        assertEquals(List.of(), mineOf(r, desk.remind()), "once a day, however often the job runs");
        clock.setTo(LocalDate.of(2025, 7, 20)); // the job did not run for three months
        assertEquals(List.of("TERM_ENDING 2025-06-19", "TERM_ENDING 2025-07-12", "TERM_OVERDUE 2025-07-20"),
                mineOf(r, desk.remind()));
        assertEquals(4, count("SELECT COUNT(*) FROM project_reminder WHERE project_number = '" + r + "'"));
        assertEquals(4, count("SELECT COUNT(*) FROM audit_event WHERE action = 'project.reminder' AND entity_id = '" + r + "'"));
    }

    private static List<String> mineOf(String number, List<cn.sh.pilot.projects.domain.term.Reminder> reminders) {
        return reminders.stream().filter(x -> x.project().value().equals(number)).map(x -> x.kind() + " " + x.due())
                .sorted().toList();
    }

    private cn.sh.pilot.exchange.trust.TrustStore trustStore() {
        return trust;
    }

    /** Signs a payload as 310104 and drops it into 310104's drop-folder inbox; returns the package's SHA-256. */
    private static String drop(Path work, Path data, String payloadName, byte[] xml, SigningKey key) throws Exception {
        Path unsigned = Files.createTempFile(work, "unsigned", ".zip");
        Path signed = Files.createTempFile(work, "signed", ".zip");
        Files.delete(unsigned);
        Files.delete(signed);
        PackageBuilder.create().payload(payloadName, xml).writeTo(unsigned);
        new PackageSigner(key).sign(unsigned, signed);
        Path inbox = Files.createDirectories(data.resolve("dropbox/" + XUHUI + "/inbox"));
        String name = UUID.randomUUID() + ".zip";
        Path part = inbox.resolve("." + name + ".part");
        Files.copy(signed, part);
        Files.move(part, inbox.resolve(name));
        return PackageStore.digestOf(signed);
    }

    /** The package's state once judged, after its signed receipt is in the drop folder's receipts. */
    private String awaitState(String sha) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        Path receipts = Path.of(System.getenv("PILOT_DATA_DIR")).resolve("dropbox/" + XUHUI + "/receipts");
        while (Instant.now().isBefore(deadline)) {
            boolean answered;
            try (var files = Files.list(Files.createDirectories(receipts))) {
                answered = files.anyMatch(f -> f.getFileName().toString().startsWith(sha));
            }
            if (!answered) {
                Thread.sleep(250);
                continue;
            }
            try (Connection c = db.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT state FROM inbox_package WHERE sha256 = ?")) {
                ps.setString(1, sha);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && (rs.getString(1).equals("IMPORTED") || rs.getString(1).equals("REFUSED"))) {
                        return rs.getString(1);
                    }
                }
            }
            Thread.sleep(250);
        }
        return "not judged within 90 s";
    }

    private List<String> reasons(String sha) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT code FROM inbox_reason WHERE sha256 = ?")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes;
    }

    private void assertLists(Set<String> endingSoon, Set<String> overdue, Set<String> extended) {
        ProjectService.ClockLists lists = desk.clockLists();
        String on = " on " + lists.today();
        assertEquals(endingSoon, mine(lists.endingSoon()), "ending within 90 days" + on);
        assertEquals(overdue, mine(lists.overdue()), "overdue without an acceptance application" + on);
        assertEquals(extended, mine(lists.extended()), "extended" + on);
    }

    private static Set<String> mine(List<Project> projects) {
        return projects.stream().map(p -> p.number().value()).filter(MINE::contains).collect(Collectors.toSet());
    }

    private void approve(String number, LocalDate start, LocalDate end) throws Exception {
        tx.begin();
        approvals.fire(approved(number, start, end));
        tx.commit();
    }

    private static ProjectApproved approved(String number, LocalDate start, LocalDate end) {
        return new ProjectApproved(number, UUID.randomUUID(), UUID.randomUUID(), "2023-139", "城市运行标准化试点 " + number,
                "上海某城市运行管理中心", "11310104MB2C31947Y", XUHUI, "GENERAL", null, null, "D01", start, end,
                start.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), "shi-hu");
    }

    interface Call {
        void run() throws Exception;
    }

    private static void assertRefused(String id, Call call) {
        Exception e = assertThrows(Exception.class, call::run);
        assertEquals(id, refusal(e), () -> "refused with " + e);
    }

    /** The error id of a refusal, however the container wrapped it. */
    private static String refusal(Throwable e) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable t = e; t != null && !seen.contains(t); t = t.getCause()) {
            seen.add(t);
            if (t instanceof RefusedException r) {
                return r.id();
            }
        }
        throw new AssertionError("not a refusal", e);
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }
}
