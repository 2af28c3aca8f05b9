package cn.sh.pilot.cli.archive;

import cn.sh.pilot.cli.HelpOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code pilot archive …}: what an archivist does with an export away from the site. There is no {@code export}
 * here yet: an export reads project histories through archive's {@code ProjectHistorySource}, and the only real one
 * will be the app's, over its project tables.
 */
@Command(name = "archive", subcommands = {VerifyArchiveCommand.class},
        description = "档案：离线核验归档导出（BagIt 包）/ Archive: verify an archive export (BagIt bag) offline.")
public final class ArchiveCommand implements Runnable {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
