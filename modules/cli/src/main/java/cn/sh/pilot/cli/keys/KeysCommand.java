package cn.sh.pilot.cli.keys;

import cn.sh.pilot.cli.HelpOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pilot keys …}: key material. */
@Command(name = "keys", subcommands = {DemoKeysCommand.class},
        description = "密钥材料 / Key material.")
public final class KeysCommand implements Runnable {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
