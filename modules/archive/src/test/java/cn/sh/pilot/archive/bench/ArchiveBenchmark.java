package cn.sh.pilot.archive.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import cn.sh.pilot.archive.Archive;
import cn.sh.pilot.archive.api.ArchiveReport;
import cn.sh.pilot.archive.api.BagFormat;
import cn.sh.pilot.archive.api.ExportRequest;
import cn.sh.pilot.archive.api.ExportResult;
import cn.sh.pilot.archive.api.Exporter;
import cn.sh.pilot.archive.api.Selection;
import cn.sh.pilot.archive.testing.GeneratedHistorySource;
import cn.sh.pilot.archive.testing.Originals;
import cn.sh.pilot.archive.testing.TestPki;

/**
 * Benchmark harness (not a test; the streaming test and {@code bench/run.sh} run it in a JVM of their own):
 *
 * <pre>
 * ArchiveBenchmark export &lt;work-dir&gt; &lt;projects&gt;   — generated projects → &lt;work-dir&gt;/bag
 * ArchiveBenchmark verify &lt;work-dir&gt;              — verifies &lt;work-dir&gt;/bag with &lt;work-dir&gt;/pki/trust
 * </pre>
 * Prints {@code key=value} lines; peak heap is the sum of the heap pools' peaks (an upper bound).
 */
public final class ArchiveBenchmark {

    private ArchiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[1]).toAbsolutePath();
        if (args[0].equals("export")) {
            export(work, Long.parseLong(args[2]));
        } else {
            verify(work);
        }
    }

    private static void export(Path work, long n) throws Exception {
        Files.createDirectories(work);
        TestPki pki = TestPki.create(work.resolve("pki"));
        Path batch = Originals.signed(work.resolve("store"), "batch-310104-0002.zip", "310104", pki.key("310104"));
        Path decision = Originals.signed(work.resolve("store"), "decision-2023-256.zip", "310000", pki.municipalKey());
        GeneratedHistorySource source = new GeneratedHistorySource(n, batch, decision);
        AtomicLong last = new AtomicLong();
        long start = System.nanoTime();
        ExportResult result = Archive.exporter(source, pki.municipalKey(), Clock.systemUTC())
                .export(new ExportRequest(Selection.all(), work.resolve("bag"), BagFormat.FOLDER, new Exporter("何芳", "档案管理员")),
                        (done, total) -> last.set(done));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("records=" + result.records());
        System.out.println("progress_last=" + last.get());
        System.out.println("payload_oxum=" + result.payloadOxum());
        System.out.println("export_ms=" + ms);
        heap();
    }

    private static void verify(Path work) throws Exception {
        long start = System.nanoTime();
        ArchiveReport report = Archive.verifier(TestPki.load(work.resolve("pki")).trust(), Clock.systemUTC())
                .verify(work.resolve("bag"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("verified_records=" + report.records());
        System.out.println("passed=" + report.passed());
        System.out.println("failures=" + report.failures().size());
        System.out.println("verify_ms=" + ms);
        heap();
    }

    private static void heap() {
        System.gc();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak_heap_mib=%.1f%n", peak / 1048576.0);
        System.out.printf("max_heap_mib=%d%n", Runtime.getRuntime().maxMemory() / 1048576);
    }
}
