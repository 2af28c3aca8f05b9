package cn.sh.pilot.cli.archive;

import cn.sh.pilot.cli.Pilot;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

/**
 * Benchmark harness (not a test): runs one {@code pilot …} command in this JVM (start it with {@code -Xmx256m}) and
 * prints its wall time and the peak heap — the sum of the heap pools' peaks, an upper bound. Run by
 * {@code modules/cli/bench/archive-export-bench.sh}.
 *
 * <p>Arguments: a label, then the command's arguments, e.g. {@code export archive export <target> --db-url …}.
 */
public final class ArchiveCommandBenchmark {

    private ArchiveCommandBenchmark() {
    }

    public static void main(String[] args) {
        String label = args[0];
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        PrintWriter out = new PrintWriter(System.out, true);
        long start = System.nanoTime();
        int exit = Pilot.commandLine(out, new PrintWriter(System.err, true)).execute(command);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.println(label + "_exit=" + exit);
        out.println(label + "_ms=" + millis);
        out.printf("%s_peak_heap_mib=%.1f%n", label, peak / 1024.0 / 1024.0);
        out.println(label + "_max_heap_mib=" + Runtime.getRuntime().maxMemory() / 1024 / 1024);
        System.exit(exit);
    }
}
