package cn.sh.pilot.app.projects;

import cn.sh.pilot.acceptance.domain.AttachmentRef;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceApplication;
import cn.sh.pilot.acceptance.domain.evaluation.ClaimedOutput;
import cn.sh.pilot.acceptance.domain.evaluation.SelfEvaluation;
import cn.sh.pilot.acceptance.infrastructure.xml.AcceptanceApplicationMapper;
import cn.sh.pilot.app.inbox.SiteProcess;
import cn.sh.pilot.app.it.ConsoleClient;
import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.contracts.receipt.v1.Verdict;
import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.inbox.PackageStore;
import cn.sh.pilot.exchange.receipt.ReceiptReader;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.trust.FolderTrustStore;
import cn.sh.pilot.exchange.trust.Pem;
import cn.sh.pilot.projects.domain.Organisation;
import cn.sh.pilot.projects.domain.output.StandardLevel;
import cn.sh.pilot.projects.domain.output.StandardStage;
import cn.sh.pilot.projects.domain.output.StandardStatus;
import cn.sh.pilot.projects.domain.progress.ProgressReport;
import cn.sh.pilot.projects.domain.progress.ProgressStatus;
import cn.sh.pilot.projects.domain.progress.ReportSource;
import cn.sh.pilot.projects.domain.project.ExtensionRequest;
import cn.sh.pilot.projects.domain.project.ProjectNumber;
import cn.sh.pilot.projects.infrastructure.xml.ExtensionRequestMapper;
import cn.sh.pilot.projects.infrastructure.xml.ProgressReportMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7, done-when 1, with real parts: the municipal site as a process ({@code run.sh}, embedded H2 or the test
 * database, its SFTP endpoint, business clock 2025-06-20), and the guarantor 310104 as the recommender side: it signs
 * its documents with its (demo) key and moves every package with the OpenSSH {@code sftp} client — uploads into
 * {@code inbox/}, fetches receipts and notices from {@code receipts/} and verifies them against the demo trust folder.
 * One key project walks from approval through two progress reports, a 6-month extension approved on the console by
 * an approver, an acceptance application, a panel of three scoring every weighted criterion, a proposed pass named a
 * benchmark (标杆) and its confirmation by a second person, to the signed acceptance result in the guarantor's hands.
 * The approval itself is recorded through {@code POST /api/projects} (see the class's use of it): the review
 * module's approval flow (issue 6) was not on this branch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectWalkIT {

    private static final String ADMIN_PASSWORD = System.getProperty("pilot.it.admin.password", "it-Admin-Passw0rd!");
    private static final String USER_PASSWORD = "Walk-pass-2025";
    private static final String XUHUI = "310104";
    private static final String NUMBER = "SHBZSD-2023-0501";

    private final Path appDir = Path.of(System.getProperty("pilot.app.dir", ".")).toAbsolutePath();
    private Path work;
    private SiteProcess site;
    private SigningKey key;
    private Path sshKey;
    private Path trustFolder;

    @BeforeAll
    void startSite() throws Exception {
        work = Files.createDirectories(appDir.resolve("target/project-walk-it").resolve("run-" + System.currentTimeMillis()));
        site = SiteProcess.start(appDir, work.resolve("data"), SiteProcess.freePort(), SiteProcess.freePort(),
                ADMIN_PASSWORD, work.resolve("site.log"), Map.of("PILOT_CLOCK_FIXED", "2025-06-20T10:00:00+08:00",
                        "PILOT_INSTANCE_NAME", "project-walk-it"));
        Path demoKeys = site.dataDir.resolve("demo-keys");
        trustFolder = demoKeys.resolve("trust");
        char[] password = Files.readString(demoKeys.resolve("keystore-password.txt")).strip().toCharArray();
        key = SigningKey.fromPkcs12(demoKeys.resolve("keys/" + XUHUI + ".p12"), password);
        HttpResponse<String> cert = site.postText("/api/admin/trust/recommenders/" + XUHUI + "/certificates",
                Pem.write(key.certificate()));
        assertEquals(201, cert.statusCode(), cert.body());
        sshKey = work.resolve("ssh-" + XUHUI);
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", XUHUI, "-f",
                sshKey.toString()).redirectErrorStream(true).start();
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS) && keygen.exitValue() == 0);
        HttpResponse<String> ssh = site.postText("/api/admin/trust/recommenders/" + XUHUI + "/ssh-keys",
                Files.readString(Path.of(sshKey + ".pub")));
        assertEquals(201, ssh.statusCode(), ssh.body());
        ConsoleClient admin = new ConsoleClient(site.base);
        admin.login("admin", ADMIN_PASSWORD);
        createUser(admin, "walk-liu", "MUNICIPAL_OPERATOR");
        createUser(admin, "walk-hu", "APPROVER");
        createUser(admin, "walk-both", "MUNICIPAL_OPERATOR", "APPROVER");
    }

    @AfterAll
    void stopSite() throws Exception {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void oneProjectFromApprovalToAConfirmedPassWithEveryPackageOverSftp() throws Exception {
        // 立项: recorded on the municipal site (issue 6's approval flow was not on this branch)
        HttpResponse<String> opened = site.postText("/api/projects", """
                {"projectNumber":"%s","projectName":"城市运行“一网统管”标准化试点","guarantorCode":"%s",
                 "applicantName":"上海某城市运行管理中心","applicantUscc":"11310104MB2C31947Y","projectType":"KEY",
                 "directionGroup":"SOCIAL_MGMT","direction":"city-digital-governance",
                 "termStart":"2023-07-20","termEnd":"2025-07-19"}""".formatted(NUMBER, XUHUI));
        assertEquals(201, opened.statusCode(), opened.body());
        assertTrue(site.get("/api/projects/clock").body().contains(NUMBER), "ending within 90 days on 2025-06-20");

        Organisation sender = new Organisation(XUHUI, "上海市徐汇区市场监督管理局");
        ProjectNumber number = new ProjectNumber(NUMBER);
        Instant now = Instant.parse("2025-06-20T02:00:00Z");
        ProgressReportMapper progress = new ProgressReportMapper();
        accepted(send("progress-report.xml", progress.write(new ProgressReport(UUID.randomUUID(), sender, number,
                LocalDate.of(2023, 7, 20), LocalDate.of(2024, 1, 19), ProgressStatus.ON_TRACK, "标准体系框架已完成。",
                List.of(new StandardStatus(StandardLevel.LOCAL, "城市运行事件分拨处置规范", StandardStage.DRAFTING, null)),
                new BigDecimal("300000.00"), null, "形成征求意见稿。", List.of(), now, ReportSource.PACKAGE))));
        accepted(send("progress-report.xml", progress.write(new ProgressReport(UUID.randomUUID(), sender, number,
                LocalDate.of(2024, 1, 20), LocalDate.of(2024, 7, 19), ProgressStatus.ON_TRACK, "征求意见完成。",
                List.of(new StandardStatus(StandardLevel.LOCAL, "城市运行事件分拨处置规范", StandardStage.CONSULTATION, null)),
                new BigDecimal("650000.00"), null, "报批。", List.of(), now, ReportSource.PACKAGE))));
        accepted(send("extension-request.xml", new ExtensionRequestMapper().write(new ExtensionRequest(UUID.randomUUID(),
                sender, number, LocalDate.of(2025, 7, 19), 6, "试点站点搬迁，满意度评价需在新站点运行满三个月后开展。",
                List.of(), now))));
        assertTrue(site.get("/api/projects/" + NUMBER).body().contains("EXTENSION_REQUESTED"));

        // the municipal approver approves on the console; the signed decision reaches the guarantor over SFTP
        ConsoleClient hu = new ConsoleClient(site.base);
        hu.login("walk-hu", USER_PASSWORD);
        String path = "/projects/project.xhtml?number=" + NUMBER;
        String detail = hu.get(path).body();
        assertTrue(detail.contains("2023-07-20 — 2024-01-19") && detail.contains("2024-01-20 — 2024-07-19"),
                "both progress reports are on the project's page");
        assertTrue(detail.contains("DRAFTING 2024-01-19 → CONSULTATION 2024-07-19"),
                "the reports' standard is in the outputs registry with its stages and dates");
        String approved = hu.submit(path, detail, "decide", List.of(Map.entry("decide:months", "6"),
                Map.entry("decide:reason", "理由充分，同意延期六个月。")), "decide:approve").body();
        assertTrue(approved.contains("2023-07-20 — 2026-01-19"), approved);
        String decision = fetchNotice("extension-decision-");
        assertTrue(decision.contains(NUMBER) && decision.contains("2026-01-19"), decision);
        assertTrue(site.get("/api/projects/clock").body().matches("(?s).*\"extended\":\\[[^]]*" + NUMBER + ".*"));

        // the acceptance application, then panel, scores, proposal and confirmation on the console
        accepted(send("acceptance-application.xml", new AcceptanceApplicationMapper().write(new AcceptanceApplication(
                UUID.randomUUID(), new cn.sh.pilot.acceptance.domain.Organisation(XUHUI, "上海市徐汇区市场监督管理局"),
                new cn.sh.pilot.acceptance.domain.evaluation.ProjectNumber(NUMBER),
                new SelfEvaluation(new BigDecimal("92.50"), "地方标准已发布实施。", new BigDecimal("1185000.00"), true),
                List.of(new ClaimedOutput("LOCAL", "城市运行事件分拨处置规范", "PUBLISHED", "DB31/T 1456-2024")), null,
                List.of(new AttachmentRef("self-evaluation.pdf", null, "application/pdf",
                        "4b227777d4dd1fc61c6f884f48641d02b4d121d3fd328cb08b5531fcacdabf8a", 2097152)), now))));
        assertTrue(site.get("/api/projects/" + NUMBER).body().contains("ACCEPTANCE_APPLIED"));

        ConsoleClient liu = new ConsoleClient(site.base);
        liu.login("walk-liu", USER_PASSWORD);
        String acceptance = "/projects/acceptance.xhtml?number=" + NUMBER;
        String conflicted = liu.submit(acceptance, liu.get(acceptance).body(), "assign", List.of(
                Map.entry("assign:id", "expert-own"), Map.entry("assign:name", "王某"),
                Map.entry("assign:organisation", "上海某城市运行管理中心"), Map.entry("assign:uscc", "11310104MB2C31947Y"),
                Map.entry("assign:recommender", "")), "assign:go").body();
        assertTrue(conflicted.contains("acceptance-conflict-of-interest"), conflicted);
        String[][] experts = {{"expert-wu", "吴志刚", "上海市标准化研究院"}, {"expert-zhou", "周敏", "上海质量管理科学研究院"},
                {"expert-chen", "陈立", "上海市计量测试技术研究院"}};
        for (String[] e : experts) {
            liu.submit(acceptance, liu.get(acceptance).body(), "assign", List.of(Map.entry("assign:id", e[0]),
                    Map.entry("assign:name", e[1]), Map.entry("assign:organisation", e[2]), Map.entry("assign:uscc", ""),
                    Map.entry("assign:recommender", "")), "assign:go");
        }
        liu.submit(acceptance, liu.get(acceptance).body(), "assign", List.of(), "assign:start");
        String[] scores = {"9", "8.5", "9"}; // weighted totals 90, 85, 90 → 88.33: pass
        for (int i = 0; i < experts.length; i++) {
            for (String criterion : List.of("GOALS", "SYSTEM", "OUTPUTS", "IMPLEMENT", "EFFECT")) {
                liu.submit(acceptance, liu.get(acceptance).body(), "score", List.of(Map.entry("score:expert", experts[i][0]),
                        Map.entry("score:criterion", criterion), Map.entry("score:value", scores[i])), "score:go");
            }
        }
        String scored = liu.get(acceptance).body();
        assertTrue(scored.contains("<strong>88.33</strong> PASS"), scored);
        liu.submit(acceptance, scored, "propose", List.of(Map.entry("propose:comments", "目标任务全部完成，标准已发布实施。"),
                Map.entry("propose:benchmark", "城市运行领域首个发布实施的地方标准，示范带动作用明显。")), "propose:go");
        String confirmed = hu.submit(acceptance, hu.get(acceptance).body(), "confirm", List.of(), "confirm:go").body();
        assertTrue(confirmed.contains("id=\"acceptance-state\">通过"), confirmed);
        assertTrue(site.get("/api/projects/" + NUMBER).body().contains("\"PASSED\""));

        String result = fetchNotice("acceptance-result-");
        assertTrue(result.contains(NUMBER) && result.contains("88.33") && result.contains("PASS"), result);
        assertTrue(result.contains("城市运行领域首个发布实施的地方标准"), "the benchmark reason reaches the guarantor");
    }

    /**
     * The municipal console as people use it (HTTP, Faces forms with their CSRF tokens), on another guarantor's project:
     * an operator who is also an approver records the guarantor's 7-month request (refused, id on the page), then a
     * 6-month one; approving it himself is refused (four eyes); a second approver approves; detail and list pages show
     * the new end date and the project among the extended ones. The operator records standard outputs (a published
     * one without its number refused, a backward stage refused) and a training activity.
     */
    @Test
    void consolePagesRefuseWithTheirIdsAndRecordOutputs() throws Exception {
        String g = "SHBZSD-2023-0502";
        HttpResponse<String> opened = site.postText("/api/projects", """
                {"projectNumber":"%s","projectName":"智慧社区标准化试点","guarantorCode":"310105",
                 "applicantName":"上海某社区服务中心","applicantUscc":"12310105MB2C31947X","projectType":"GENERAL",
                 "termStart":"2023-07-20","termEnd":"2025-07-19"}""".formatted(g));
        assertEquals(201, opened.statusCode(), opened.body());
        ConsoleClient liu = new ConsoleClient(site.base);
        liu.login("walk-both", USER_PASSWORD);
        String list = liu.get("/projects/index.xhtml").body();
        assertTrue(list.contains("2025-06-20"), "the business day is shown");
        assertTrue(section(list, "ending-soon").contains(g), "ending within 90 days");
        String path = "/projects/project.xhtml?number=" + g;
        String page = liu.get(path).body();
        String refused = liu.submit(path, page, "request", List.of(Map.entry("request:months", "7"),
                Map.entry("request:sender", "长宁区市场监管局"), Map.entry("request:reason", "站点搬迁")), "request:go").body();
        assertTrue(refused.contains("extension-too-long"), refused);
        assertTrue(liu.get(path).body().contains("实施中"), "still in progress");
        page = liu.get(path).body();
        String recorded = liu.submit(path, page, "request", List.of(Map.entry("request:months", "6"),
                Map.entry("request:sender", "长宁区市场监管局"), Map.entry("request:reason", "站点搬迁")), "request:go").body();
        assertTrue(recorded.contains("延期待批"), recorded);
        String self = liu.submit(path, recorded, "decide", List.of(Map.entry("decide:months", "6"),
                Map.entry("decide:reason", "同意")), "decide:approve").body();
        assertTrue(self.contains("extension-self-approval"), self);

        ConsoleClient hu = new ConsoleClient(site.base);
        hu.login("walk-hu", USER_PASSWORD);
        page = hu.get(path).body();
        String approved = hu.submit(path, page, "decide", List.of(Map.entry("decide:months", "6"),
                Map.entry("decide:reason", "理由充分，同意延期六个月。")), "decide:approve").body();
        assertTrue(approved.contains("2023-07-20 — 2026-01-19"), approved);
        assertTrue(approved.contains("已延期"), "extended");
        list = hu.get("/projects/index.xhtml").body();
        assertTrue(section(list, "extended").contains(g), "extended");
        assertTrue(!section(list, "ending-soon").contains(g), "no longer ending soon");

        page = liu.get(path).body();
        String noNumber = liu.submit(path, page, "output", List.of(Map.entry("output:level", "LOCAL"),
                Map.entry("output:title", "智慧社区服务规范"), Map.entry("output:stage", "PUBLISHED"),
                Map.entry("output:date", "2025-04-30"), Map.entry("output:number", "")), "output:go").body();
        assertTrue(noNumber.contains("output-number-required"), noNumber);
        String published = liu.submit(path, liu.get(path).body(), "output", List.of(Map.entry("output:level", "LOCAL"),
                Map.entry("output:title", "智慧社区服务规范"), Map.entry("output:stage", "PUBLISHED"),
                Map.entry("output:date", "2025-04-30"), Map.entry("output:number", "DB31/T 1456-2025")), "output:go").body();
        assertTrue(section(published, "outputs").contains("DB31/T 1456-2025")
                && section(published, "outputs").contains("2025-04-30"), published);
        String backwards = liu.submit(path, published, "output", List.of(Map.entry("output:level", "LOCAL"),
                Map.entry("output:title", "智慧社区服务规范"), Map.entry("output:stage", "DRAFTING"),
                Map.entry("output:date", "2025-05-01"), Map.entry("output:number", "")), "output:go").body();
        assertTrue(backwards.contains("output-stage-backwards"), backwards);
        String trained = liu.submit(path, liu.get(path).body(), "activity", List.of(Map.entry("activity:date", "2025-05-01"),
                Map.entry("activity:kind", "TRAINING"), Map.entry("activity:audience", "120"),
                Map.entry("activity:description", "地方标准宣贯培训")), "activity:go").body();
        assertTrue(section(trained, "activities").contains("地方标准宣贯培训")
                && section(trained, "activities").contains("120"), trained);
    }

    private static String section(String page, String tableId) {
        int start = page.indexOf("id=\"" + tableId + "\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</table>", start));
    }

    // ------------------------------------------------------------------ the guarantor's side

    /** Signs the payload as 310104 and uploads it with the OpenSSH client (temporary name, then rename). */
    private String send(String payloadName, byte[] xml) throws Exception {
        Path unsigned = work.resolve("unsigned-" + UUID.randomUUID() + ".zip");
        Path signed = work.resolve("signed-" + UUID.randomUUID() + ".zip");
        PackageBuilder.create().payload(payloadName, xml).writeTo(unsigned);
        new PackageSigner(key).sign(unsigned, signed);
        String name = payloadName.replace(".xml", "") + "-" + UUID.randomUUID().toString().substring(0, 8) + ".zip";
        String upload = sftp("put " + signed + " inbox/" + name + ".part", "rename inbox/" + name + ".part inbox/" + name);
        assertTrue(upload.startsWith("0\n"), upload);
        return PackageStore.digestOf(signed);
    }

    /** Waits for the package's receipt, fetches it over SFTP, verifies it and expects ACCEPTED. */
    private void accepted(String sha) throws Exception {
        Path folder = site.dataDir.resolve("sftp/sites/" + XUHUI + "/receipts");
        String name = await(folder, f -> f.startsWith(sha) && f.endsWith(".receipt.zip"));
        Path fetched = fetch(name);
        Receipt receipt = new ReceiptReader(new PackageVerifier(FolderTrustStore.load(trustFolder))).read(fetched);
        assertEquals(Verdict.ACCEPTED, receipt.getVerdict(),
                () -> receipt.getReason().stream().map(r -> r.getCode() + " " + r.getEn()).toList() + "\n" + site.tail());
    }

    /** Fetches the notice whose name starts with {@code prefix} over SFTP, verifies it as 310000's, returns its payload. */
    private String fetchNotice(String prefix) throws Exception {
        String name = await(site.dataDir.resolve("sftp/sites/" + XUHUI + "/receipts"),
                f -> f.startsWith(prefix) && f.endsWith(".zip"));
        Path fetched = fetch(name);
        VerificationReport report = new PackageVerifier(FolderTrustStore.load(trustFolder)).verify(fetched);
        assertTrue(report.accepted(), report.failures().toString());
        assertEquals("310000", report.claimedSender());
        try (ZipFile zip = new ZipFile(fetched.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(report.payloadName())).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path fetch(String name) throws Exception {
        Path into = Files.createDirectories(work.resolve("fetched"));
        String get = sftp("get receipts/" + name + " " + into.resolve(name));
        assertTrue(get.startsWith("0\n"), get);
        return into.resolve(name);
    }

    private String await(Path folder, java.util.function.Predicate<String> wanted) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    var hit = files.map(f -> f.getFileName().toString()).filter(wanted).findFirst();
                    if (hit.isPresent()) {
                        return hit.get();
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("nothing arrived in " + folder + "\n" + site.tail());
    }

    /** Runs the OpenSSH sftp client as 310104; returns the exit code, a newline and the output. */
    private String sftp(String... commands) throws Exception {
        Path batch = Files.createTempFile(work, "sftp-", ".txt");
        Files.write(batch, List.of(commands));
        List<String> command = new ArrayList<>(List.of("sftp", "-b", batch.toString(), "-i", sshKey.toString(), "-P",
                Integer.toString(site.sftpPort), "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", XUHUI + "@127.0.0.1"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return p.exitValue() + "\n" + output;
    }

    private static void createUser(ConsoleClient admin, String name, String... roles) throws Exception {
        String form = admin.get("/admin/user.xhtml").body();
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("user:username", name),
                Map.entry("user:password", USER_PASSWORD)));
        for (String role : roles) {
            fields.add(Map.entry("user:roles", role));
        }
        admin.submit("/admin/user.xhtml", form, "user", fields, "user:save");
    }
}
