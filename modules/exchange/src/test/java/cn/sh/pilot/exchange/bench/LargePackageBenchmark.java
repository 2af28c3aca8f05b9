package cn.sh.pilot.exchange.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.keys.KeyType;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.testing.Payloads;
import cn.sh.pilot.exchange.testing.TestPki;
import cn.sh.pilot.exchange.trust.FolderTrustStore;

/**
 * Benchmark, not a test: {@code build <dir> <MiB>} writes a signed package of about that size
 * (mostly incompressible attachments, like scanned PDFs) with its trust folder;
 * {@code verify <dir>} verifies it and prints {@code key=value} lines: milliseconds, MiB/s and
 * the peak heap. {@code bench/run.sh} runs both, the verification under {@code -Xmx256m}, next
 * to {@code sha256sum} over the same file.
 */
public final class LargePackageBenchmark {

    private static final int MIB = 1024 * 1024;
    private static final int ATTACHMENT_MIB = 64;

    private LargePackageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "build" -> build(dir, Integer.parseInt(args[2]));
            case "verify" -> verify(dir);
            default -> throw new IllegalArgumentException("build <dir> <MiB> | verify <dir>");
        }
    }

    private static void build(Path dir, int totalMib) throws Exception {
        Files.createDirectories(dir);
        TestPki pki = TestPki.create(dir.resolve("pki"), KeyType.RSA_3072);
        SigningKey key = pki.registeredSigner("310104");
        Random random = new Random(2023);
        PackageBuilder builder = PackageBuilder.create().payload("batch.xml", Payloads.batchFrom("310104"));
        int attachments = Math.max(1, totalMib / ATTACHMENT_MIB);
        for (int i = 0; i < attachments; i++) {
            Path scan = dir.resolve(String.format("scan-%03d.pdf", i));
            if (!Files.exists(scan) || Files.size(scan) != (long) ATTACHMENT_MIB * MIB) {
                writeScan(scan, random);
            }
            builder.attach(scan);
        }
        Path unsigned = dir.resolve("unsigned.zip");
        long t0 = System.nanoTime();
        builder.writeTo(unsigned);
        long t1 = System.nanoTime();
        new PackageSigner(key).sign(unsigned, dir.resolve("package.zip"));
        long t2 = System.nanoTime();
        Files.delete(unsigned);
        System.out.println("attachments=" + attachments + "x" + ATTACHMENT_MIB + "MiB");
        System.out.println("package_bytes=" + Files.size(dir.resolve("package.zip")));
        System.out.println("build_ms=" + (t1 - t0) / 1_000_000);
        System.out.println("sign_ms=" + (t2 - t1) / 1_000_000);
    }

    private static void writeScan(Path scan, Random random) throws IOException {
        byte[] chunk = new byte[MIB];
        try (OutputStream out = Files.newOutputStream(scan)) {
            for (int i = 0; i < ATTACHMENT_MIB; i++) {
                random.nextBytes(chunk);
                if (i == 0) {
                    System.arraycopy("%PDF-1.7\n".getBytes(), 0, chunk, 0, 9);
                }
                out.write(chunk);
            }
        }
    }

    private static void verify(Path dir) throws Exception {
        Path pkg = dir.resolve("package.zip");
        PackageVerifier verifier = new PackageVerifier(FolderTrustStore.load(dir.resolve("pki").resolve("trust")));
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        VerificationReport report = verifier.verify(pkg);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long bytes = Files.size(pkg);
        System.out.println("accepted=" + report.accepted());
        System.out.println("verify_ms=" + ms);
        System.out.printf("verify_mib_per_s=%.1f%n", bytes / (double) MIB / (ms / 1000.0));
        System.out.printf("peak_heap_mib=%.1f%n", peak / (double) MIB);
        System.out.printf("max_heap_mib=%.0f%n", Runtime.getRuntime().maxMemory() / (double) MIB);
        if (!report.accepted()) {
            System.exit(1);
        }
    }
}
