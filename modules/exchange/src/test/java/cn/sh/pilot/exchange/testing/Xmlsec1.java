package cn.sh.pilot.exchange.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the xmlsec1 command line (Debian package xmlsec1); a missing xmlsec1 fails the test, it never skips it. */
public final class Xmlsec1 {

    /** The outcome of one run. */
    public record Result(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private Xmlsec1() {
    }

    /** Fails the calling test unless xmlsec1 is installed. */
    public static String requireInstalled() {
        try {
            Result r = run(Path.of("."), List.of("--version"));
            if (!r.ok()) {
                fail("xmlsec1 --version failed: " + r.output());
            }
            return r.output().strip();
        } catch (IOException e) {
            return fail("xmlsec1 is required for the interoperability tests (apt-get install xmlsec1; CI installs it): "
                    + e.getMessage());
        }
    }

    public static Result run(Path workingDirectory, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("xmlsec1");
        command.addAll(args);
        Process p = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return fail("xmlsec1 did not finish: " + command);
            }
            return new Result(p.exitValue(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
