package cn.sh.pilot.cli.packages;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import cn.sh.pilot.cli.ExitCodes;
import cn.sh.pilot.cli.HelpOptions;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.trust.FolderTrustStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pilot package verify pkg.zip --trust <dir>}: every check in plain words, then the verdict. */
@Command(name = "verify",
        description = {"核验数据包：结构、签名、证书与发送方，逐项列出结果；被拒绝时退出码为 1。",
                "Verify a package: structure, signature, certificate and sender, check by check; exits with 1 if refused."})
public final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<pkg.zip>", description = "要核验的数据包 / The package to verify.")
    Path pkg;

    @Option(names = "--trust", required = true, paramLabel = "<dir>",
            description = "信任库目录（authorities/、signers/<代码>/、revocations.txt）/ Trust folder "
                    + "(authorities/, signers/<code>/, revocations.txt).")
    Path trust;

    @Override
    public Integer call() throws Exception {
        VerificationReport report = new PackageVerifier(FolderTrustStore.load(trust)).verify(pkg);
        PrintWriter out = spec.commandLine().getOut();
        out.println("核验数据包 / verifying package: " + pkg);
        ReportPrinter.checks(report, out);
        ReportPrinter.verdict(report, out);
        return report.accepted() ? ExitCodes.OK : ExitCodes.REFUSED;
    }
}
