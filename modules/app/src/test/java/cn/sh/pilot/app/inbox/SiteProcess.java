package cn.sh.pilot.app.inbox;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real municipal site for the inbox tests: {@code run.sh} on a data directory with its own HTTP
 * and SFTP ports, ready when the application's own readiness check is UP; killed (SIGKILL) or
 * stopped (SIGTERM). Also a logged-in administrator's HTTP client for the REST API (CSRF header).
 */
public final class SiteProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    public final String base;
    public final int sftpPort;
    public final Path dataDir;
    private HttpClient http;
    private String csrf;

    private SiteProcess(Process process, Path log, String base, int sftpPort, Path dataDir) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.sftpPort = sftpPort;
        this.dataDir = dataDir;
    }

    public static SiteProcess start(Path appDir, Path dataDir, int httpPort, int sftpPort, String adminPassword, Path log)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", appDir.resolve("src/main/scripts/run.sh").toString())
                .directory(appDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("PILOT_DATA_DIR", dataDir.toString());
        env.put("PILOT_HTTP_PORT", Integer.toString(httpPort));
        env.put("PILOT_SFTP_PORT", Integer.toString(sftpPort));
        env.put("PILOT_ADMIN_PASSWORD", adminPassword);
        env.put("PILOT_INSTANCE_NAME", "inbox-it");
        // PILOT_DB_URL is inherited: empty = embedded H2 in the data directory, else the test database
        SiteProcess site = new SiteProcess(pb.start(), log, "http://localhost:" + httpPort, sftpPort, dataDir);
        site.awaitReady(Duration.ofMinutes(3));
        site.login("admin", adminPassword);
        return site;
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void awaitReady(Duration timeout) throws Exception {
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("run.sh exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> r = probe.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
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

    private void login(String user, String password) throws Exception {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String page = get("/login.xhtml").body();
        int start = page.indexOf("<form id=\"login\"");
        String form = page.substring(start, page.indexOf("</form>", start));
        StringBuilder body = new StringBuilder();
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form);
        while (hidden.find()) {
            Matcher n = Pattern.compile("name=\"([^\"]*)\"").matcher(hidden.group());
            Matcher v = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
            if (n.find()) {
                body.append(enc(n.group(1))).append('=').append(v.find() ? enc(v.group(1)) : "").append('&');
            }
        }
        body.append("login%3Ausername=").append(enc(user)).append("&login%3Apassword=").append(enc(password))
                .append("&login%3Asubmit=x");
        HttpResponse<String> landed = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(landed.body());
        if (!token.find()) {
            throw new AssertionError("login failed, no CSRF token on " + landed.uri() + ":\n" + landed.body());
        }
        csrf = token.group(1);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postText(String path, String text) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "text/plain; charset=UTF-8")
                .header("X-CSRF-Token", csrf).header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** SIGKILL: run.sh execs java, so this is the JVM dying mid-work. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
