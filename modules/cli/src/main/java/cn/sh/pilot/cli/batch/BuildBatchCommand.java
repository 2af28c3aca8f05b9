package cn.sh.pilot.cli.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import cn.sh.pilot.cli.ExitCodes;
import cn.sh.pilot.cli.HelpOptions;
import cn.sh.pilot.cli.batch.ApplicationFolder.Collected;
import cn.sh.pilot.cli.batch.OpinionsFile.Opinion;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.RecommendationBatchMarshaller;
import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.keys.Recommender;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.AttachmentMetadata;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.domain.eligibility.EligibilityPolicy;
import cn.sh.pilot.intake.domain.eligibility.Refusal;
import cn.sh.pilot.intake.domain.eligibility.Verdict;
import cn.sh.pilot.intake.infrastructure.xml.ApplicationMapper;
import cn.sh.pilot.review.domain.batch.Batch;
import cn.sh.pilot.review.domain.batch.BatchAssembly;
import cn.sh.pilot.review.domain.batch.BatchItem;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.preliminary.Reviewer;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.ShanghaiTime;
import cn.sh.pilot.review.infrastructure.xml.RecommendationBatchMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pilot batch build}: the recommender's next batch from a folder of application documents and an opinions
 * file. Reads and schema-checks every application, judges each recommended one by the call's rules (intake's
 * {@link EligibilityPolicy}, as of the application's own submission time), records the opinions as review's
 * {@link PreliminaryReview}s, assembles the batch with {@link BatchAssembly} (sequence and previous digest from the
 * local state of delivered batches), writes the payload with {@link RecommendationBatchMapper} and builds an unsigned
 * package with the applications' attachment files. Refuses, listing every problem, rather than build a batch with an
 * ineligible application in it.
 */
@Command(name = "build",
        description = {"生成本单位的下一个推荐批次（未签名数据包）：逐个读取并校验申请 XML，按征集通知的条件审查拟推荐的申请，"
                + "读取推荐意见与排序，编排批次（序号与上一批次摘要取自本地已发送记录），并附上申请的附件。有任何问题则不生成，并列出全部问题。",
                "Build this recommender's next batch (an unsigned package): read and schema-check every application XML, judge the "
                        + "recommended ones by the call's rules, take the opinions and ranks, assemble the batch (sequence and previous "
                        + "digest from the local record of sent batches) and add the applications' attachments. Refuses, listing every "
                        + "problem, if anything is wrong."})
public final class BuildBatchCommand implements Callable<Integer> {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--recommender", required = true, paramLabel = "<code>",
            description = "推荐单位代码（区为 GB/T 2260 代码，如 310104；行业主管部门为 D 开头的代码）/ Recommender code "
                    + "(a district's GB/T 2260 code such as 310104, or a department code starting with D).")
    String recommender;

    @Option(names = "--recommender-name", paramLabel = "<name>",
            description = "推荐单位全称（区默认为“上海市××区市场监督管理局”）/ Recommender's full name "
                    + "(default for a district: 上海市<district>市场监督管理局).")
    String recommenderName;

    @Option(names = "--call", required = true, paramLabel = "<id>",
            description = "征集通知编号，如 2023-139 / The call, e.g. 2023-139.")
    String call;

    @Option(names = "--call-file", paramLabel = "<call.json>",
            description = "征集通知文件（未内置的年度使用）/ Call file, for a call not built in.")
    Path callFile;

    @Option(names = "--opinions", required = true, paramLabel = "<opinions.csv|.json>",
            description = "推荐意见文件（格式见 README）/ The opinions file (format in the README).")
    Path opinionsFile;

    @Option(names = "--applications", required = true, paramLabel = "<dir>",
            description = "申请目录：每个 *.xml 为一份申请，附件放在同名子目录中 / Applications folder: each *.xml is one "
                    + "application, its attachment files in the sub-folder of the same name.")
    Path applications;

    @Option(names = "--state", paramLabel = "<dir>",
            description = "本地批次状态目录（默认 ./.pilot-state）/ Local batch state folder (default ./.pilot-state).")
    Path stateFolder = BatchState.defaultFolder();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<batch.zip>",
            description = "输出的未签名批次数据包 / The unsigned batch package to write.")
    Path output;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RecommenderCode site = recommenderCode();
        String siteName = siteName();
        Call theCall = CallFile.load(call, callFile);
        BatchState state = BatchState.load(stateFolder, site.value());
        Instant now = clock.instant();

        Problems problems = new Problems();
        List<Collected> collected = new ApplicationFolder().read(applications, site.value(), now, problems);
        Map<String, Collected> byId = new HashMap<>();
        for (Collected c : collected) {
            Collected earlier = byId.putIfAbsent(c.received().draft().id().toString(), c);
            if (earlier != null) {
                problems.add(BatchCliError.APPLICATION_DUPLICATE, c.fileName(), earlier.fileName());
            }
        }
        Map<Collected, Opinion> opinions = match(OpinionsFile.read(opinionsFile), collected, problems);

        EligibilityPolicy eligibility = new EligibilityPolicy(clock);
        Map<String, String> sent = state.sentApplications();
        List<PreliminaryReview> reviews = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Collected c : collected) {
            Opinion opinion = opinions.get(c);
            if (opinion == null) {
                continue;
            }
            Application application = c.received().draft();
            Instant submitted = c.received().declaredSubmittedAt();
            if (submitted.isAfter(now)) {
                problems.add(BatchCliError.APPLICATION_SUBMITTED_IN_FUTURE, c.fileName(), submitted.toString());
                continue;
            }
            application.submit(submitted);
            Verdict verdict = eligibility.evaluate(application, theCall);
            if (opinion.recommend()) {
                for (Refusal refusal : verdict.refusals()) {
                    problems.add(refusal.id(), c.fileName() + "（" + application.applicant().name() + "）", refusal.zh(),
                            refusal.en());
                }
            } else if (verdict.isRefused()) {
                notes.add(c.fileName() + ": 不推荐，且不符合条件 / not recommended, and ineligible: "
                        + String.join(", ", verdict.refusals().stream().map(Refusal::id).toList()));
            }
            try {
                reviews.add(review(site, c, opinion, sent));
            } catch (ReviewRefusedException refused) {
                refused.refusals().forEach(r -> problems.add(r.id(), opinion.where(), r.zh(), r.en()));
            }
        }
        if (problems.isEmpty() && reviews.stream().anyMatch(PreliminaryReview::isSent)) {
            reviews.stream().filter(PreliminaryReview::isSent).forEach(r -> notes.add(r.applicationId()
                    + ": 已在此前的批次中发送，本批不再包含 / sent in an earlier batch, left out of this one"));
        }
        if (!problems.isEmpty()) {
            return refuse(out, problems, opinions.values().stream().anyMatch(Opinion::recommend));
        }

        Batch batch;
        try {
            batch = new BatchAssembly(clock).assemble(site, new CallId(call), reviews, state.lastSent());
        } catch (ReviewRefusedException refused) {
            refused.refusals().forEach(r -> problems.add(r.id(), r.subject().isEmpty() ? "batch" : r.subject(), r.zh(), r.en()));
            return refuse(out, problems, false);
        }
        Map<String, Collected> itemsById = new HashMap<>(byId);
        PackageBuilder builder = PackageBuilder.create(clock);
        ApplicationMapper applicationMapper = new ApplicationMapper();
        Map<ApplicationId, cn.sh.pilot.contracts.application.v1.Application> documents = new HashMap<>();
        for (BatchItem item : batch.items()) {
            Collected c = itemsById.get(item.applicationId().toString());
            documents.put(item.applicationId(), applicationMapper.toContract(c.received().draft(), site.value(), siteName));
            attach(builder, c, problems, notes);
        }
        if (!problems.isEmpty()) {
            return refuse(out, problems, false);
        }
        byte[] payload = new RecommendationBatchMarshaller()
                .write(new RecommendationBatchMapper().toContract(batch, siteName, documents::get));
        builder.payload("batch.xml", payload).writeTo(output);
        printSummary(out, batch, itemsById, notes);
        return ExitCodes.OK;
    }

    private RecommenderCode recommenderCode() {
        try {
            return new RecommenderCode(recommender);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--recommender: 不是推荐单位代码 / not a recommender code: " + recommender);
        }
    }

    private String siteName() throws RefusedException {
        if (recommenderName != null && !recommenderName.isBlank()) {
            return recommenderName.strip();
        }
        return Recommender.byCode(recommender).filter(r -> r != Recommender.MUNICIPAL)
                .map(r -> "上海市" + r.zh() + "市场监督管理局")
                .orElseThrow(() -> new RefusedException(BatchCliError.RECOMMENDER_NAME_REQUIRED, recommender));
    }

    /** Each opinion line matched to its application by id or file name; every application needs exactly one. */
    private static Map<Collected, Opinion> match(List<Opinion> lines, List<Collected> collected, Problems problems) {
        Map<Collected, Opinion> matched = new HashMap<>();
        for (Opinion line : lines) {
            Collected c = collected.stream()
                    .filter(a -> a.received().draft().id().toString().equalsIgnoreCase(line.application())
                            || a.fileName().equals(line.application()))
                    .findFirst().orElse(null);
            if (c == null) {
                problems.add(BatchCliError.OPINION_UNKNOWN_APPLICATION, line.where(), line.application());
            } else if (matched.putIfAbsent(c, line) != null) {
                problems.add(BatchCliError.OPINION_DUPLICATE, line.where(), c.fileName());
            }
        }
        for (Collected c : collected) {
            if (!matched.containsKey(c)) {
                problems.add(BatchCliError.OPINION_MISSING, c.fileName(), c.received().draft().id().toString());
            }
        }
        return matched;
    }

    private PreliminaryReview review(RecommenderCode site, Collected c, Opinion opinion, Map<String, String> sent)
            throws ReviewRefusedException {
        String id = c.received().draft().id().toString();
        LocalDate date = opinion.date() != null ? opinion.date() : LocalDate.ofInstant(clock.instant(), ShanghaiTime.ZONE);
        PreliminaryReview review = PreliminaryReview.record(ApplicationId.of(id),
                new CallId(c.received().draft().callId().value()), site, opinion.text(), opinion.recommend(),
                new Reviewer(opinion.reviewer(), opinion.title()), date);
        if (opinion.rank() != null) {
            review.rank(opinion.rank());
        }
        if (sent.containsKey(id)) {
            review.markSent(BatchId.of(sent.get(id)));
        }
        return review;
    }

    /** Adds the application's attachment files that are present, each checked against the size and digest it lists. */
    private static void attach(PackageBuilder builder, Collected c, Problems problems, List<String> notes) throws IOException {
        for (AttachmentMetadata a : c.received().draft().attachments()) {
            Path file = c.attachmentFolder().resolve(a.fileName());
            if (!Files.isRegularFile(file)) {
                notes.add(c.fileName() + ": 附件未随附，仅登记 / attachment listed but not included: " + a.fileName());
                continue;
            }
            String digest = sha256(file);
            long size = Files.size(file);
            if (size != a.sizeBytes() || !digest.equalsIgnoreCase(a.sha256())) {
                problems.add(BatchCliError.ATTACHMENT_MISMATCH, c.fileName() + " → " + a.fileName(),
                        "listed " + a.sizeBytes() + " bytes " + a.sha256().substring(0, 12) + "…, file " + size + " bytes "
                                + digest.substring(0, 12) + "…");
                continue;
            }
            builder.attach(a.fileName(), file);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static int refuse(PrintWriter out, Problems problems, boolean mentionEligibility) {
        out.println("未生成批次 / no batch built — " + problems.size() + " 个问题 / problem(s):");
        problems.print(out);
        if (mentionEligibility) {
            out.println("  " + BatchCliError.APPLICATION_INELIGIBLE.zh());
            out.println("  " + BatchCliError.APPLICATION_INELIGIBLE.en());
        }
        return ExitCodes.REFUSED;
    }

    private void printSummary(PrintWriter out, Batch batch, Map<String, Collected> byId, List<String> notes) {
        var header = batch.header();
        out.println("已生成未签名批次 / unsigned batch written: " + output);
        out.println("  批次编号 / batch id:        " + header.id());
        out.println("  推荐单位 / recommender:     " + header.recommender());
        out.println("  征集通知 / call:            " + header.callId());
        out.println("  序号 / sequence:            " + header.sequence());
        out.println("  上一批次 / previous batch:  " + header.previous().map(Object::toString).orElse("无 none（首个批次 first batch）"));
        out.println("  推荐项目 / items:           " + header.itemCount());
        for (BatchItem item : batch.items()) {
            Application a = byId.get(item.applicationId().toString()).received().draft();
            out.println("    " + item.rank() + ". " + a.project().name() + " — " + a.applicant().name() + " ("
                    + item.applicationId() + ")");
        }
        notes.forEach(n -> out.println("  注 / note: " + n));
        out.println("下一步 / next: pilot batch sign " + output + " --keystore <k.p12> --password");
    }
}
