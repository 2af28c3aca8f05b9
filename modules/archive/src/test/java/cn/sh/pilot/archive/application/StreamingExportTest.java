package cn.sh.pilot.archive.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.archive.bench.ArchiveBenchmark;

/**
 * 10,000 generated projects exported in a JVM of their own whose heap is capped at {@value #HEAP} —
 * a quarter of the 256 MB bar. An export that held its records, its manifest or its originals in
 * memory would run out of heap; this one streams, so it completes.
 */
class StreamingExportTest {

    static final String HEAP = "-Xmx64m";
    static final int PROJECTS = 10_000;

    @TempDir
    Path work;

    @Test
    void exports_ten_thousand_projects_within_a_sixty_four_megabyte_heap() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", classpath, ArchiveBenchmark.class.getName(), "export", work.toString(), Integer.toString(PROJECTS))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        Map<String, String> values = out.lines().filter(l -> l.matches("[a-z_]+=.*"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
        assertThat(values).containsEntry("records", Integer.toString(PROJECTS)).containsEntry("progress_last", Integer.toString(PROJECTS));
        assertThat(Double.parseDouble(values.get("peak_heap_mib"))).isLessThan(64);
        // 7,500 approved projects with 2 originals, 2,500 rejected applications with 1, and one record each
        assertThat(values.get("payload_oxum")).endsWith("." + (PROJECTS + 7_500 * 2 + 2_500));
    }
}
