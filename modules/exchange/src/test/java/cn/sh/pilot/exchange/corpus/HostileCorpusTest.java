package cn.sh.pilot.exchange.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus: generated here, verified in a separate JVM with a 64 MB heap and a
 * recording security manager, one dynamic test per case. Each case must be refused with its
 * expected error id (controls accepted), in under 2 s, under 64 MB of heap, reading no file but
 * the package and opening no connection.
 */
class HostileCorpusTest {

    private static final long MAX_MILLIS = 2_000;
    private static final long MAX_HEAP = 64L * 1024 * 1024;

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> every_hostile_package_is_refused_quickly_in_bounded_memory_without_touching_anything_else()
            throws Exception {
        List<HostileCase> cases = HostileCorpus.generate(dir);
        Map<String, String[]> results = runInSmallJvm();

        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the corpus holds at least 30 hostile cases",
                () -> assertThat(cases.stream().filter(c -> !c.expected().equals(HostileCase.ACCEPTED))).hasSizeGreaterThanOrEqualTo(30)));
        tests.add(DynamicTest.dynamicTest("the verifying JVM had at most 64 MB of heap",
                () -> assertThat(Long.parseLong(results.get("MAXHEAP")[1])).isLessThanOrEqualTo(MAX_HEAP)));
        tests.add(DynamicTest.dynamicTest("the recorder notices a foreign file read and a connection attempt", () -> {
            String[] selfTest = results.get("SELFTEST");
            assertThat(Integer.parseInt(selfTest[1])).isPositive();
            assertThat(Integer.parseInt(selfTest[2])).isPositive();
        }));
        for (HostileCase c : cases) {
            String name = c.description() + " → " + c.expected();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                String[] r = results.get(c.file());
                assertThat(r).as("no result for " + c.file()).isNotNull();
                assertThat(r[2]).as("outcome of " + c.file()).isEqualTo(c.expected());
                assertThat(Long.parseLong(r[3])).as("milliseconds").isLessThan(MAX_MILLIS);
                assertThat(Long.parseLong(r[4])).as("peak heap bytes").isLessThan(MAX_HEAP);
                assertThat(field(r, 5)).as("files read besides the package").isEmpty();
                assertThat(field(r, 6)).as("connections").isEmpty();
            }));
        }
        return tests.stream();
    }

    private Map<String, String[]> runInSmallJvm() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-Xmx64m", "-Djava.security.manager=allow", "-cp",
                classpath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator),
                CorpusRunner.class.getName(), dir.toString())
                .redirectError(dir.resolve("runner.err").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("runner failed: " + java.nio.file.Files.readString(dir.resolve("runner.err")))
                .isZero();
        java.nio.file.Files.writeString(Path.of("target", "hostile-corpus-results.tsv"),
                "# file\toutcome\tmillis\tpeak-heap-bytes\tforeign-reads\tconnections\n" + out);
        Map<String, String[]> results = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("CASE")) {
                results.put(f[1], f);
            } else if (f[0].equals("MAXHEAP") || f[0].equals("SELFTEST")) {
                results.put(f[0], f);
            }
        }
        return results;
    }

    private static String field(String[] r, int i) {
        return i < r.length ? r[i] : "";
    }
}
