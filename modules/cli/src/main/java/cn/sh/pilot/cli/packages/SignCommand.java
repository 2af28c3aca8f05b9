package cn.sh.pilot.cli.packages;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Date;
import java.util.concurrent.Callable;

import cn.sh.pilot.cli.ExitCodes;
import cn.sh.pilot.cli.HelpOptions;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.SignedPackage;
import cn.sh.pilot.exchange.signature.SigningKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pilot package sign pkg.zip --keystore k.p12 --password … [-o out]}. */
@Command(name = "sign",
        description = {"用 PKCS#12 密钥库中的密钥为数据包签名（已有签名会被替换）。",
                "Sign a package with the key in a PKCS#12 keystore (an existing signature is replaced)."})
public final class SignCommand implements Callable<Integer> {

    @CommandLine.Mixin
    HelpOptions help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<pkg.zip>", description = "要签名的数据包 / The package to sign.")
    Path pkg;

    @Option(names = "--keystore", required = true, paramLabel = "<k.p12>", description = "PKCS#12 密钥库 / PKCS#12 keystore.")
    Path keystore;

    @Option(names = "--password", required = true, arity = "0..1", interactive = true,
            description = "密钥库口令（不给值则提示输入）/ Keystore password (prompted for when given without a value).")
    char[] password;

    @Option(names = {"-o", "--output"}, paramLabel = "<out.zip>",
            description = "输出文件（默认覆盖原数据包）/ Output file (default: replace the package).")
    Path output;

    @Override
    public Integer call() throws Exception {
        SigningKey key = SigningKey.fromPkcs12(keystore, password);
        PrintWriter out = spec.commandLine().getOut();
        try {
            key.certificate().checkValidity(new Date());
        } catch (java.security.cert.CertificateException e) {
            out.println("警告 / warning: 证书当前不在有效期内，接收方将拒绝 / the certificate is not valid now; receivers will refuse it");
        }
        SignedPackage signed = new PackageSigner(key).sign(pkg, output == null ? pkg : output);
        out.println("已签名 / signed: " + signed.path());
        out.println("  签名者 / signer:       " + signed.signer().getSubjectX500Principal().getName());
        out.println("  签名时间 / signed at:  " + signed.signingTime());
        out.println("  已签条目 / entries:    " + String.join(", ", signed.signedEntries()));
        return ExitCodes.OK;
    }
}
