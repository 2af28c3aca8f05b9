package cn.sh.pilot.app.browser;

import cn.sh.pilot.app.it.SiteDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import java.util.concurrent.TimeUnit;

/**
 * The site started exactly as an operator starts it: {@code modules/app/src/main/scripts/run.sh} with a data
 * directory and a port. Ready means {@code /health/ready} answers UP with the application's database check — Payara
 * answers UP without checks while the application is still deploying, and a failed deployment also logs "ready".
 */
final class RunningSite implements AutoCloseable {

    private final Process process;
    private final Path log;
    final String base;

    private RunningSite(Process process, Path log, String base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    static RunningSite start(Path appDir, Path dataDir, int port, String adminPassword, Path log) throws Exception {
        return start(appDir, dataDir, port, adminPassword, log, Map.of());
    }

    /** As {@link #start(Path, Path, int, String, Path)}, with further settings such as {@code PILOT_SITE_ROLE}. */
    static RunningSite start(Path appDir, Path dataDir, int port, String adminPassword, Path log,
                             Map<String, String> settings) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", appDir.resolve("src/main/scripts/run.sh").toString())
                .directory(appDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("PILOT_DATA_DIR", dataDir.toString());
        env.put("PILOT_HTTP_PORT", Integer.toString(port));
        env.put("PILOT_ADMIN_PASSWORD", adminPassword);
        env.putAll(SiteDatabase.settingsFor(dataDir)); // its own database: H2 in the data dir, or one on PostgreSQL
        env.putAll(settings); // given settings win (e.g. PILOT_DB_URL)
        RunningSite site = new RunningSite(pb.start(), log, "http://localhost:" + port);
        try {
            site.awaitReady(Duration.ofMinutes(3));
        } catch (Exception | AssertionError notReady) {
            site.close(); // never leave a half-started site running
            throw notReady;
        }
        return site;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("run.sh exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                // the application's own database check must be there: Payara answers UP with no checks while deploying
                if (r.statusCode() == 200 && r.body().contains("\"database\"") && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + timeout + ":\n" + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops it as an operator would (SIGTERM; run.sh execs java), waiting for a clean exit. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
