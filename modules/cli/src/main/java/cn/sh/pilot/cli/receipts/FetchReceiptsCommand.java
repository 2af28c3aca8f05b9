package cn.sh.pilot.cli.receipts;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import cn.sh.pilot.cli.ExitCodes;
import cn.sh.pilot.cli.HelpOptions;
import cn.sh.pilot.cli.batch.BatchCliError;
import cn.sh.pilot.cli.batch.BatchState;
import cn.sh.pilot.cli.packages.ReportPrinter;
import cn.sh.pilot.cli.transport.SftpOptions;
import cn.sh.pilot.contracts.common.v1.Reason;
import cn.sh.pilot.contracts.decision.v1.DecisionNotice;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.receipt.v1.ItemResult;
import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.contracts.receipt.v1.Verdict;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.receipt.MunicipalAnswer;
import cn.sh.pilot.exchange.receipt.MunicipalAnswerReader;
import cn.sh.pilot.exchange.transport.client.Fetched;
import cn.sh.pilot.exchange.transport.client.SftpSender;
import cn.sh.pilot.exchange.trust.FolderTrustStore;
import cn.sh.pilot.exchange.trust.TrustStore;
import cn.sh.pilot.review.domain.decision.DecisionReason;
import cn.sh.pilot.review.domain.decision.NoticedDecision;
import cn.sh.pilot.review.infrastructure.xml.DecisionNoticeMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pilot receipts fetch}: downloads the files of the municipal {@code receipts/} folder not yet held locally,
 * verifies each (exchange's {@link MunicipalAnswerReader}: signature, trust, signer = the municipal site 310000) before
 * reading it, and prints receipts
 * (verdict, reasons, per-item results) and decision notices ({@link DecisionNoticeMapper}:
 * approved with number and term, rejected, sent back for correction), in Chinese and English. A receipt for a batch
 * sent from here updates the local state: accepted, or refused (which frees its sequence for the next batch).
 */
@Command(name = "fetch",
        description = {"从市局 SFTP 的 receipts/ 取回新的回执和立项通知，逐个核验签名（须为市局 310000 签发）后显示结论及各项目的结果与原因；"
                + "有任何文件未通过核验时退出码为 1。",
                "Fetch new receipts and decision notices from the municipal SFTP receipts/ folder, verify each (it must be signed "
                        + "by the municipal site, 310000), then show the verdict and each item's result and reasons; exits with 1 "
                        + "if any file fails verification."})
public final class FetchReceiptsCommand implements Callable<Integer> {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Mixin
    SftpOptions sftp;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<dir>",
            description = "本地回执目录；已有的文件不再下载 / Local receipts folder; files already there are not fetched again.")
    Path folder;

    @Option(names = "--trust", required = true, paramLabel = "<dir>",
            description = "信任库目录（须登记市局 310000 的证书）/ Trust folder (must register the municipal 310000 certificate).")
    Path trust;

    @Option(names = "--state", paramLabel = "<dir>",
            description = "本地批次状态目录（默认 ./.pilot-state）/ Local batch state folder (default ./.pilot-state).")
    Path stateFolder = BatchState.defaultFolder();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        MunicipalAnswerReader reader = new MunicipalAnswerReader(new PackageVerifier(FolderTrustStore.load(trust)));
        BatchState state = BatchState.load(stateFolder, sftp.user());
        Fetched fetched;
        try (SftpSender sender = new SftpSender(sftp.target(), sftp.retryPolicy(), SftpOptions.printingTo(out))) {
            fetched = sender.fetch("receipts", folder);
        }
        out.println("取回 / fetched: " + fetched.files().size() + " 个新文件 / new file(s) → " + folder);
        int unverified = 0;
        for (Path file : fetched.files().stream().sorted(Comparator.comparing(Path::toString)).toList()) {
            if (!show(file, reader, state, out)) {
                unverified++;
            }
        }
        if (!fetched.complete()) {
            out.println("取回未完成 / fetch incomplete [" + fetched.errorId().orElse("?") + "] " + fetched.detail());
            out.println("  " + fetched.error().zh());
            out.println("  " + fetched.error().en());
        }
        if (unverified > 0) {
            out.println("结论 / verdict: " + unverified + " 个文件未通过核验 / file(s) failed verification");
            out.println("  " + BatchCliError.RECEIPT_UNVERIFIED.zh());
            out.println("  " + BatchCliError.RECEIPT_UNVERIFIED.en());
            return ExitCodes.REFUSED;
        }
        return fetched.complete() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Prints one fetched file; false if it failed verification or could not be read. */
    private boolean show(Path file, MunicipalAnswerReader reader, BatchState state, PrintWriter out) throws IOException {
        out.println();
        out.println("== " + file.getFileName());
        MunicipalAnswer answer = reader.read(file);
        if (answer instanceof MunicipalAnswer.ReceiptAnswer r) {
            showReceipt(r.receipt(), state, out);
            return true;
        }
        if (answer instanceof MunicipalAnswer.NoticeAnswer n) {
            showNotice(n.notice(), out);
            return true;
        }
        VerificationReport report = answer.report();
        if (!report.accepted() || !TrustStore.MUNICIPAL_CODE.equals(report.claimedSender())) {
            out.println("未通过核验 / NOT VERIFIED — 内容不予显示 / content not shown");
            ReportPrinter.checks(report, out);
            ReportPrinter.verdict(report, out);
            if (report.accepted()) {
                out.println("  发送方不是市局 / the sender is not the municipal site (310000): " + report.claimedSender());
            }
        } else {
            RefusedException e = answer.refusal().orElseThrow();
            out.println("无法读取 / unreadable [" + e.id() + "] " + (e.detail() == null ? "" : e.detail()));
            out.println("  " + e.error().zh());
            out.println("  " + e.error().en());
        }
        return false;
    }

    private void showReceipt(Receipt receipt, BatchState state, PrintWriter out) throws IOException {
        Optional<BatchState.SentBatch> sent = state.byPackage(receipt.getPackageSha256());
        out.println("回执 / receipt " + receipt.getReceiptId() + "（签发 / issued " + receipt.getIssued() + "）");
        out.println("  结论 / verdict: " + verdict(receipt.getVerdict()));
        out.println("  批次 / batch:   " + (receipt.getBatchId() == null ? "—" : receipt.getBatchId())
                + sent.map(b -> "（序号 / sequence " + b.sequence() + "）").orElse(""));
        out.println("  数据包 / package SHA-256: " + receipt.getPackageSha256());
        reasons(receipt.getReason(), "  ", out);
        for (ItemResult item : receipt.getItemResult()) {
            String what = sent.flatMap(b -> b.items().stream().filter(i -> i.itemId().equals(item.getItemId())).findFirst())
                    .map(i -> " #" + i.rank() + " " + i.project() + "（申请 / application " + i.applicationId() + "）").orElse("");
            String mark = item.getVerdict() == cn.sh.pilot.contracts.receipt.v1.ItemVerdict.ACCEPTED
                    ? "[接受 ACCEPTED]" : "[拒绝 REFUSED]";
            out.println("  " + mark + " 项目 / item " + item.getItemId() + what);
            reasons(item.getReason(), "      ", out);
        }
        if (sent.isPresent()) {
            BatchState.Status status = switch (receipt.getVerdict()) {
                case ACCEPTED, DUPLICATE -> BatchState.Status.ACCEPTED;
                case REFUSED, CONFLICT -> BatchState.Status.REFUSED;
            };
            state.answered(receipt.getPackageSha256(), status);
            out.println("  本地状态已更新 / local state updated: " + status
                    + (status == BatchState.Status.REFUSED ? "（下一个批次将重用序号 / the next batch reuses sequence "
                    + sent.get().sequence() + "）" : ""));
        }
    }

    private static String verdict(Verdict verdict) {
        return switch (verdict) {
            case ACCEPTED -> "接受 ACCEPTED — 批次已导入 / the batch was imported";
            case REFUSED -> "拒绝 REFUSED — 批次未导入 / nothing was imported";
            case DUPLICATE -> "重复 DUPLICATE — 此前已导入，未作改变 / imported before, nothing changed";
            case CONFLICT -> "冲突 CONFLICT — 该批次编号已用于其他内容 / the batch id was imported with other content";
        };
    }

    private static void reasons(List<Reason> reasons, String indent, PrintWriter out) {
        for (Reason r : reasons) {
            out.println(indent + "[" + r.getCode() + "]" + (r.getLocation() == null ? "" : " " + r.getLocation()));
            out.println(indent + "  " + r.getZh());
            out.println(indent + "  " + r.getEn());
        }
    }

    private static void showNotice(DecisionNotice notice, PrintWriter out) {
        out.println("立项通知 / decision notice " + notice.getNoticeId()
                + (notice.getDocumentNumber() == null ? "" : " " + notice.getDocumentNumber())
                + "（征集 / call " + notice.getCallId() + "，签发 / issued " + notice.getIssued() + "）");
        for (NoticedDecision d : new DecisionNoticeMapper().fromContract(notice)) {
            String head = switch (d.kind()) {
                case APPROVED -> "[立项 APPROVED] " + d.projectNumber().value() + "，期限 / term " + d.term().start() + " — "
                        + d.term().end();
                case REJECTED -> "[不予立项 REJECTED]";
                case CORRECTION_REQUESTED -> "[退回补正 CORRECTION REQUESTED]";
            };
            out.println("  " + head + " 项目 / item " + d.itemId() + "（申请 / application " + d.applicationId() + "）");
            for (DecisionReason r : d.reasons()) {
                out.println("      [" + r.code() + "]");
                out.println("        " + r.zh());
                out.println("        " + r.en());
            }
        }
    }
}
