package cn.sh.pilot.cli.packages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import cn.sh.pilot.cli.ExitCodes;
import cn.sh.pilot.cli.HelpOptions;
import cn.sh.pilot.exchange.container.PackageBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pilot package build --payload x.xml [--attach f …] -o pkg.zip}. */
@Command(name = "build",
        description = {"把一个报文和若干附件打成未签名的数据包。附件文件名只能用英文字母、数字、“.”、“_”、“-”。",
                "Build an unsigned package from one payload and any attachments. Attachment names may use ASCII letters, "
                        + "digits, '.', '_' and '-'."})
public final class BuildCommand implements Callable<Integer> {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--payload", required = true, paramLabel = "<xml>",
            description = "报文 XML（如 batch.xml）/ The payload XML (e.g. batch.xml).")
    Path payload;

    @Option(names = "--attach", arity = "1..*", paramLabel = "<file>",
            description = "附件，放入 attachments/ / Attachments, stored under attachments/.")
    List<Path> attachments = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<pkg.zip>",
            description = "输出的数据包 / The package to write.")
    Path output;

    @Override
    public Integer call() throws Exception {
        PackageBuilder builder = PackageBuilder.create().payload(payload);
        attachments.forEach(builder::attach);
        builder.writeTo(output);
        spec.commandLine().getOut().println("已生成未签名数据包 / unsigned package written: " + output
                + "（1 个报文、" + attachments.size() + " 个附件 / 1 payload, " + attachments.size() + " attachments）");
        return ExitCodes.OK;
    }
}
