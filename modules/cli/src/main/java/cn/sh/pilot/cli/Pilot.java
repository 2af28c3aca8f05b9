package cn.sh.pilot.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import cn.sh.pilot.cli.archive.ArchiveCommand;
import cn.sh.pilot.cli.batch.BatchCommand;
import cn.sh.pilot.cli.keys.KeysCommand;
import cn.sh.pilot.cli.packages.PackageCommand;
import cn.sh.pilot.cli.receipts.ReceiptsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code pilot}: the command line for recommenders without a site of their own and for
 * archivists. Each command group is one class listed in {@code subcommands}; to add
 * {@code pilot x …} write an {@code XCommand} with its own subcommands and add it here.
 */
@Command(name = "pilot",
        version = "pilot 0.1.0-SNAPSHOT",
        subcommands = {KeysCommand.class, PackageCommand.class, BatchCommand.class, ReceiptsCommand.class,
                ArchiveCommand.class, CommandLine.HelpCommand.class},
        description = {"上海市市级标准化试点系统命令行工具。", "Command line of the Shanghai municipal standardization pilot system."},
        footer = {"", "退出码 / exit codes: 0 成功 success, 1 被拒绝或核验未通过 refused or not verified, 2 用法错误 usage error, 3 其他错误 other failure"})
public final class Pilot implements Runnable {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(commandLine().execute(args));
    }

    /**
     * The commands print what a clerk needs (delivery attempts included); library log lines (MINA SSHD, the SFTP
     * client) would only repeat it on stderr. They stay available with {@code -Djava.util.logging.config.file=…}.
     */
    private static void quietLibraryLogging() {
        if (System.getProperty("java.util.logging.config.file") == null) {
            java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
            root.setLevel(java.util.logging.Level.SEVERE);
            for (java.util.logging.Handler handler : root.getHandlers()) {
                handler.setLevel(java.util.logging.Level.SEVERE);
            }
        }
    }

    /** The configured command line: UTF-8 output, bilingual errors, exit codes as in the footer. */
    public static CommandLine commandLine() {
        return commandLine(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /** As {@link #commandLine()}, writing to the given streams (for tests). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Pilot());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setUsageHelpAutoWidth(true);
        cmd.setExecutionExceptionHandler(new Failures());
        cmd.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("用法错误 / usage error: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.USAGE;
        });
        return cmd;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
