package cn.sh.pilot.cli.archive;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import cn.sh.pilot.archive.Archive;
import cn.sh.pilot.archive.api.ArchiveCheck;
import cn.sh.pilot.archive.api.ArchiveReport;
import cn.sh.pilot.cli.ExitCodes;
import cn.sh.pilot.cli.HelpOptions;
import cn.sh.pilot.cli.ProgressBar;
import cn.sh.pilot.exchange.trust.FolderTrustStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pilot archive verify <bag|zip> --trust <dir>}: the archive module's offline verifier with a progress bar
 * on stderr. Prints every failure as it is found (every check with {@code --all}), then one summary line per check
 * that passed, then the verdict naming the failing files. Exit 0 verified, 1 not verified, 3 when the bag or the
 * trust folder cannot be found.
 */
@Command(name = "verify",
        description = {"离线核验归档导出（BagIt 文件夹或 ZIP）：BagIt 声明、清单与摘要、市局签名、归档记录、每个原始交换包的签名；"
                + "逐项列出结果并指出有问题的文件；未通过时退出码为 1。无需运行中的系统。",
                "Verify an archive export (BagIt folder or ZIP) offline: BagIt declaration, manifests and digests, the municipal "
                        + "signature, the archival records, each original package's signature; lists the checks, names the "
                        + "failing files, and exits with 1 if it does not verify. Needs no running site."})
public final class VerifyArchiveCommand implements Callable<Integer> {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<bag|zip>", description = "归档导出：文件夹或 ZIP / The archive export: a folder or a ZIP.")
    Path bag;

    @Option(names = "--trust", required = true, paramLabel = "<dir>",
            description = "信任库目录（authorities/、signers/<代码>/、revocations.txt），宜用导出时期的信任库 / Trust folder "
                    + "(authorities/, signers/<code>/, revocations.txt), preferably the one of the export's period.")
    Path trust;

    @Option(names = "--all",
            description = "逐个文件列出每项检查（含通过的）；默认只逐个列出失败项，通过的按检查汇总 / List every single check, "
                    + "passed ones included; by default failures are listed one by one and passes summed up per check.")
    boolean all;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(bag, LinkOption.NOFOLLOW_LINKS)) {
            err.println("失败 / failed: 找不到归档导出 / archive export not found: " + bag);
            return ExitCodes.FAILED;
        }
        if (!Files.isDirectory(trust)) {
            err.println("失败 / failed: 找不到信任库目录 / trust folder not found: " + trust);
            return ExitCodes.FAILED;
        }
        FolderTrustStore trustStore = FolderTrustStore.load(trust);

        out.println("核验归档导出 / verifying archive export: " + bag);
        ProgressBar bar = ProgressBar.on(err, "核验 / verifying");
        ArchiveReport report = Archive.verifier(trustStore, Clock.systemUTC()).verify(bag, bar::advanced, check -> {
            if (all || !check.passed()) {
                bar.clear();
                out.println("  " + check.line());
                out.flush();
            }
        });
        bar.finish();

        if (!all && !notABag()) {
            List<ArchiveCheck> passes = report.checks().stream().filter(ArchiveCheck::passed).toList();
            if (!passes.isEmpty()) {
                out.println("通过的检查 / checks passed:");
                passes.forEach(c -> out.println("  " + c.line()));
            }
        }
        verdict(report, out);
        return report.passed() ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    private void verdict(ArchiveReport report, PrintWriter out) {
        if (report.passed()) {
            out.println("结论 / verdict: 通过 VERIFIED — " + report.records() + " 个项目记录，全部检查通过 / "
                    + report.records() + (report.records() == 1 ? " project record" : " project records") + ", every check passed");
            return;
        }
        List<ArchiveCheck> failures = report.failures();
        out.println("结论 / verdict: 未通过 NOT VERIFIED — " + failures.size() + " 项检查失败 / "
                + failures.size() + (failures.size() == 1 ? " check failed" : " checks failed"));
        if (notABag()) {
            out.println("  这不是归档导出：文件夹中没有 bagit.txt。请指定由归档导出生成的文件夹或 ZIP。");
            out.println("  This is not an archive export: the folder has no bagit.txt. Give the folder or ZIP an archive export wrote.");
            return;
        }
        out.println("  有问题的文件 / failing files:");
        report.failedSubjects().forEach(f -> out.println("    " + f));
        failures.stream().map(c -> c.error().id()).distinct()
                .forEach(id -> out.println("  错误标识 / error id: " + id));
    }

    /**
     * A folder without a BagIt declaration (RFC 8493 names it {@code bagit.txt}): say so in plain words rather than
     * list everything a bag would hold.
     */
    private boolean notABag() {
        return Files.isDirectory(bag, LinkOption.NOFOLLOW_LINKS) && !Files.exists(bag.resolve("bagit.txt"), LinkOption.NOFOLLOW_LINKS);
    }
}
