package cn.sh.pilot.exchange.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.SigningKey;

/** Builds and signs small packages for tests. */
public final class Packages {

    private Packages() {
    }

    /** An unsigned batch from {@code sender} with two attachments. */
    public static Path unsigned(Path dir, String sender) throws IOException, RefusedException {
        Path out = dir.resolve("unsigned-" + sender + "-" + System.nanoTime() + ".zip");
        PackageBuilder.create()
                .payload("batch.xml", Payloads.batchFrom(sender))
                .attach("form-scan.pdf", ("%PDF-1.7\n% scan of the stamped form of " + sender + "\n").getBytes(StandardCharsets.UTF_8))
                .attach("annex/opinion.txt", "推荐意见 recommended".getBytes(StandardCharsets.UTF_8))
                .writeTo(out);
        return out;
    }

    /** A signed batch from {@code sender}, signed with {@code key}. */
    public static Path signed(Path dir, String sender, SigningKey key) throws IOException, RefusedException {
        Path out = dir.resolve("signed-" + sender + "-" + System.nanoTime() + ".zip");
        new PackageSigner(key).sign(unsigned(dir, sender), out);
        return out;
    }
}
