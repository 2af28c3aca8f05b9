package cn.sh.pilot.cli.keys;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import cn.sh.pilot.cli.ExitCodes;
import cn.sh.pilot.cli.HelpOptions;
import cn.sh.pilot.exchange.keys.DemoKeyMaterial;
import cn.sh.pilot.exchange.keys.KeyType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pilot keys demo <dir> [--ec]}: a demo CA, the municipal key and one key per district. */
@Command(name = "demo",
        description = {"生成演示密钥：演示证书机构、市局密钥（310000）和 16 个区各一把密钥（PKCS#12 与 PEM），以及对应的信任库目录。仅供演示。",
                "Generate demo keys: a demo CA, the municipal key (310000) and one key per district (PKCS#12 and PEM), "
                        + "plus a matching trust folder. For trying the pilot only."})
public final class DemoKeysCommand implements Callable<Integer> {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dir>", description = "输出目录 / Output folder.")
    Path dir;

    @Option(names = "--ec", description = "使用 ECDSA P-256 密钥（默认 RSA-3072）/ Use ECDSA P-256 keys (default RSA-3072).")
    boolean ec;

    @Option(names = "--password", defaultValue = "pilot-demo",
            description = "密钥库口令（默认 ${DEFAULT-VALUE}）/ Keystore password (default ${DEFAULT-VALUE}).")
    String password;

    @Override
    public Integer call() throws Exception {
        KeyType type = ec ? KeyType.EC_P256 : KeyType.RSA_3072;
        DemoKeyMaterial.Written written = new DemoKeyMaterial(type, Clock.systemUTC()).writeTo(dir, password.toCharArray());
        PrintWriter out = spec.commandLine().getOut();
        out.println("已生成演示密钥 / demo keys written (" + type + ") → " + dir);
        out.println("  证书机构 / CA:          " + written.caCertificate());
        out.println("  信任库 / trust folder:  " + written.trustFolder());
        out.println("  密钥库 / keystores:     " + written.keystores().size() + " × " + dir.resolve("keys") + "/<code>.p12");
        out.println("  口令 / password:        " + password);
        return ExitCodes.OK;
    }
}
