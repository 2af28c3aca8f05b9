package cn.sh.pilot.exchange.corpus;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.VerificationReport;
import cn.sh.pilot.exchange.trust.FolderTrustStore;
import cn.sh.pilot.exchange.trust.TrustStore;

/**
 * Verifies every case of a generated corpus in this JVM — which {@link HostileCorpusTest} starts
 * with {@code -Xmx64m -Djava.security.manager=allow} — and prints one line per case: file,
 * outcome, milliseconds, peak heap bytes, files read other than the package, connections tried.
 * The trust store and the manifest are read before recording starts; the first control is
 * verified once beforehand so that class loading does not count against the cases.
 */
public final class CorpusRunner {

    private CorpusRunner() {
    }

    /** Proves the recorder sees what it must: a read of another file and a connection attempt. */
    private static void selfTest(RecordingSecurityManager recorder, Path dir, StringBuilder out) {
        recorder.arm(dir.resolve("no-such-package.zip").toString());
        try {
            Files.readAllBytes(dir.resolve(HostileCorpus.MANIFEST));
        } catch (java.io.IOException ignored) {
            // only the attempt matters
        }
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", 9), 200);
        } catch (java.io.IOException ignored) {
            // refused or timed out: the attempt is what is recorded
        }
        recorder.disarm();
        out.append("SELFTEST\t").append(recorder.foreignReads().size()).append('\t')
                .append(recorder.connections().size()).append('\n');
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        TrustStore trust = FolderTrustStore.load(HostileCorpus.trustFolder(dir));
        List<HostileCase> cases = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(HostileCorpus.MANIFEST), StandardCharsets.UTF_8)) {
            cases.add(HostileCase.parse(line));
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        for (HostileCase c : cases) {
            new PackageVerifier(trust, c.limits(), java.time.Clock.systemUTC()).verify(dir.resolve(c.file()));
        }

        RecordingSecurityManager recorder = new RecordingSecurityManager();
        System.setSecurityManager(recorder);
        StringBuilder out = new StringBuilder();
        selfTest(recorder, dir, out);
        for (HostileCase c : cases) {
            Path file = dir.resolve(c.file());
            PackageVerifier verifier = new PackageVerifier(trust, c.limits(), java.time.Clock.systemUTC());
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            recorder.arm(file.toString());
            long start = System.nanoTime();
            VerificationReport report = verifier.verify(file);
            long millis = (System.nanoTime() - start) / 1_000_000;
            recorder.disarm();
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            String outcome = report.accepted() ? HostileCase.ACCEPTED : report.error().orElseThrow().id();
            out.append("CASE\t").append(c.file()).append('\t').append(outcome).append('\t').append(millis).append('\t')
                    .append(peak).append('\t').append(String.join("|", recorder.foreignReads())).append('\t')
                    .append(String.join("|", recorder.connections())).append('\n');
        }
        System.setSecurityManager(null);
        System.out.print(out);
        System.out.println("MAXHEAP\t" + Runtime.getRuntime().maxMemory());
    }
}
