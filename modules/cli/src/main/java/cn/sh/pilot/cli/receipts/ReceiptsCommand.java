package cn.sh.pilot.cli.receipts;

import cn.sh.pilot.cli.HelpOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pilot receipts …}: the municipal answers to what was sent. */
@Command(name = "receipts", subcommands = {FetchReceiptsCommand.class},
        description = "回执与立项通知：取回、核验、显示 / Receipts and decision notices: fetch, verify, show.")
public final class ReceiptsCommand implements Runnable {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
