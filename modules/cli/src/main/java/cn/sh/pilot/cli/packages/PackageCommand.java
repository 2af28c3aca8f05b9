package cn.sh.pilot.cli.packages;

import cn.sh.pilot.cli.HelpOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pilot package …}: build, sign and verify packages. */
@Command(name = "package", subcommands = {BuildCommand.class, SignCommand.class, VerifyCommand.class, SendPackageCommand.class},
        description = "数据包：打包、签名、核验 / Packages: build, sign, verify.")
public final class PackageCommand implements Runnable {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
