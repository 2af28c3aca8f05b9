package cn.sh.pilot.cli.packages;

import cn.sh.pilot.cli.ExitCodes;
import cn.sh.pilot.cli.HelpOptions;
import cn.sh.pilot.cli.batch.SendBatchCommand;
import cn.sh.pilot.cli.transport.Outgoing;
import cn.sh.pilot.cli.transport.SftpOptions;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.transport.client.Delivery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code pilot package send}: a guarantor's signed progress report, extension request or acceptance application (any
 * signed package but a recommendation batch) to the municipal SFTP inbox, as {@code <payload>-<sha8>.zip}: checked
 * locally first (signature; with {@code --trust} the municipal site's whole verification), its sender must be the
 * account. The answer — receipt, extension decision, acceptance result — comes back with {@code pilot receipts fetch}.
 */
@Command(name = "send",
        description = {"把已签名的进展报告、延期申请、验收申请等数据包发送到市局 SFTP 收件箱（推荐批次请用 pilot batch send）："
                + "先在本地核验签名（给出 --trust 时做完整核验），再以临时文件名上传、改名；连接中断时自动重试。回执与决定用 pilot receipts fetch 取回。",
                "Send a signed progress report, extension request, acceptance application or other package to the municipal "
                        + "SFTP inbox (batches go with pilot batch send): verified locally first (the full verification with "
                        + "--trust), uploaded under a temporary name and renamed; a dropped connection is retried. Fetch the "
                        + "receipt and decisions with pilot receipts fetch."})
public final class SendPackageCommand implements Callable<Integer> {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Mixin
    SftpOptions sftp;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<pkg.zip>", description = "已签名的数据包 / The signed package.")
    Path pkg;

    @Option(names = "--trust", paramLabel = "<dir>",
            description = "信任库目录：给出时按市局的方式完整核验后才发送 / Trust folder: when given, the package must pass the "
                    + "municipal site's full verification before it is sent.")
    Path trust;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println("发送数据包 / sending package: " + pkg);
        VerificationReport report = Outgoing.verify(pkg, trust, PackageCliError.PACKAGE_NOT_SIGNED, out);
        if (!sftp.user().equals(report.claimedSender())) {
            throw new RefusedException(PackageCliError.PACKAGE_OTHER_ACCOUNT, report.claimedSender() + " ≠ " + sftp.user());
        }
        String payload = report.payloadName();
        if (payload.equals("batch.xml")) {
            throw new RefusedException(PackageCliError.PACKAGE_IS_BATCH, payload);
        }
        String digest = SendBatchCommand.sha256(pkg);
        String stem = payload.replaceAll("\\.xml$", "").replaceAll("[^A-Za-z0-9_-]", "-");
        Delivery delivery = Outgoing.deliver(pkg, stem + "-" + digest.substring(0, 8) + ".zip", sftp, out);
        if (!delivery.delivered()) {
            out.println("未送达 / NOT delivered [" + delivery.errorId().orElse("?") + "] " + delivery.remotePath()
                    + "（尝试 " + delivery.attempts() + " 次 / " + delivery.attempts() + " attempt(s)）");
            out.println("  " + delivery.error().zh());
            out.println("  " + delivery.error().en());
            out.println("  " + PackageCliError.DELIVERY_FAILED.zh());
            out.println("  " + PackageCliError.DELIVERY_FAILED.en());
            return ExitCodes.FAILED;
        }
        out.println("已送达 / delivered: " + delivery.remotePath() + "（尝试 " + delivery.attempts() + " 次 / attempt(s)）");
        out.println("  数据包摘要 / package SHA-256 (tracking number): " + digest);
        out.println("下一步 / next: pilot receipts fetch … 取回回执与决定 / to fetch the receipt and decisions");
        return ExitCodes.OK;
    }
}
