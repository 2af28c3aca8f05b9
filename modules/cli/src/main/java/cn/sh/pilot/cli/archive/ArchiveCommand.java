package cn.sh.pilot.cli.archive;

import cn.sh.pilot.cli.HelpOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code pilot archive …}: what an archivist does with exports: {@code export} from the site's database (the app's
 * {@code DatabaseHistorySource}), {@code verify} offline.
 */
@Command(name = "archive", subcommands = {ExportArchiveCommand.class, VerifyArchiveCommand.class},
        description = "档案：从站点数据库导出项目档案，离线核验归档导出（BagIt 包）/ Archive: export project records from the site's database; verify an archive export (BagIt bag) offline.")
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
