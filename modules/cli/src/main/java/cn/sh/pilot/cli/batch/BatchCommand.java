package cn.sh.pilot.cli.batch;

import cn.sh.pilot.cli.HelpOptions;
import cn.sh.pilot.cli.packages.SignCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pilot batch …}: build, sign (the same command as {@code package sign}) and send recommendation batches. */
@Command(name = "batch", subcommands = {BuildBatchCommand.class, SignCommand.class, SendBatchCommand.class},
        description = "推荐批次：生成、签名、发送 / Recommendation batches: build, sign, send.")
public final class BatchCommand implements Runnable {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
