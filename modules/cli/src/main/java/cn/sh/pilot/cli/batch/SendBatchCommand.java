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
import java.util.HexFormat;
import java.util.concurrent.Callable;

import cn.sh.pilot.cli.ExitCodes;
import cn.sh.pilot.cli.HelpOptions;
import cn.sh.pilot.cli.transport.Outgoing;
import cn.sh.pilot.cli.transport.SftpOptions;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.transport.client.Delivery;
import cn.sh.pilot.review.domain.batch.BatchChainPolicy;
import cn.sh.pilot.review.domain.batch.BatchHeader;
import cn.sh.pilot.review.domain.batch.ChainCheck;
import cn.sh.pilot.review.domain.shared.Sha256;
import cn.sh.pilot.review.domain.shared.ShanghaiTime;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pilot batch send}: checks a signed batch locally (signature, and with {@code --trust} the whole verification
 * the municipal site will run; the account; the local chain, with review's {@link BatchChainPolicy}), sends it to the
 * municipal inbox with {@link SftpSender} (temporary name, then rename; retries) under the name
 * {@code batch-<code>-<sequence>-<id>.zip}, prints the delivery state and, once delivered, records it in the state
 * file so that the next batch continues the chain.
 */
@Command(name = "send",
        description = {"把已签名的批次发送到市局 SFTP 收件箱：先在本地核验签名（给出 --trust 时做完整核验）与批次链，"
                + "再以临时文件名上传、改名；连接中断时自动重试。送达后更新本地批次状态。",
                "Send a signed batch to the municipal SFTP inbox: first verify its signature locally (the full verification with "
                        + "--trust) and that it continues the batch chain, then upload under a temporary name and rename; a dropped "
                        + "connection is retried. Once delivered, the local batch state is updated."})
public final class SendBatchCommand implements Callable<Integer> {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Mixin
    SftpOptions sftp;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<batch.zip>", description = "已签名的批次数据包 / The signed batch package.")
    Path pkg;

    @Option(names = "--trust", paramLabel = "<dir>",
            description = "信任库目录：给出时按市局的方式完整核验后才发送 / Trust folder: when given, the package must pass the "
                    + "municipal site's full verification before it is sent.")
    Path trust;

    @Option(names = "--state", paramLabel = "<dir>",
            description = "本地批次状态目录（默认 ./.pilot-state）/ Local batch state folder (default ./.pilot-state).")
    Path stateFolder = BatchState.defaultFolder();

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println("发送批次 / sending batch: " + pkg);
        VerificationReport report = verify(out);
        if (!sftp.user().equals(report.claimedSender())) {
            throw new RefusedException(BatchCliError.PACKAGE_OTHER_ACCOUNT, report.claimedSender() + " ≠ " + sftp.user());
        }
        BatchPackage batch = BatchPackage.read(pkg, report.payloadName());
        BatchHeader header = batch.header();
        if (!header.recommender().value().equals(sftp.user())) {
            throw new RefusedException(BatchCliError.PACKAGE_OTHER_ACCOUNT, header.recommender() + " ≠ " + sftp.user());
        }
        BatchState state = BatchState.load(stateFolder, sftp.user());
        Sha256 digest = new Sha256(sha256(pkg));
        ChainCheck chain = new BatchChainPolicy().check(state.chain(), header, digest);
        if (!chain.isNext()) {
            throw new RefusedException(BatchCliError.BATCH_OUT_OF_CHAIN, chain.refusal().id() + ": " + chain.refusal().en());
        }

        String remoteName = "batch-" + header.recommender() + "-" + String.format("%04d", header.sequence()) + "-"
                + header.id().toString().substring(0, 8) + ".zip";
        Delivery delivery = deliver(remoteName, out);
        if (!delivery.delivered()) {
            out.println("未送达 / NOT delivered [" + delivery.errorId().orElse("?") + "] " + delivery.remotePath()
                    + "（尝试 " + delivery.attempts() + " 次 / " + delivery.attempts() + " attempt(s)）");
            out.println("  " + delivery.error().zh());
            out.println("  " + delivery.error().en());
            if (delivery.detail() != null) {
                out.println("  " + delivery.detail());
            }
            out.println("  " + BatchCliError.DELIVERY_FAILED.zh());
            out.println("  " + BatchCliError.DELIVERY_FAILED.en());
            return ExitCodes.FAILED;
        }
        state.delivered(new BatchState.SentBatch(header.sequence(), header.id().toString(), digest.hex(),
                delivery.remotePath(), ShanghaiTime.offsetOf(clock.instant()).toString(), BatchState.Status.SENT, batch.items()));
        out.println("已送达 / delivered: " + delivery.remotePath() + "（" + delivery.bytes() + " 字节 bytes，尝试 "
                + delivery.attempts() + " 次 / attempt(s)）");
        out.println("  批次编号 / batch id:       " + header.id());
        out.println("  序号 / sequence:           " + header.sequence());
        out.println("  数据包摘要 / package SHA-256: " + digest.hex());
        out.println("  本地状态 / local state:    " + state.file());
        out.println("下一步 / next: pilot receipts fetch … 取回市局回执 / to fetch the municipal receipt");
        return ExitCodes.OK;
    }

    private VerificationReport verify(PrintWriter out) throws IOException, RefusedException {
        return Outgoing.verify(pkg, trust, BatchCliError.PACKAGE_NOT_SIGNED, out);
    }

    private Delivery deliver(String remoteName, PrintWriter out) throws IOException, RefusedException {
        return Outgoing.deliver(pkg, remoteName, sftp, out);
    }

    public static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
