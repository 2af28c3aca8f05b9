package cn.sh.pilot.app.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less console user for tests: keeps cookies, reads a page's Faces form (its hidden fields, CSRF token and
 * view state) and submits it with chosen fields, exactly as a browser would.
 */
public final class ConsoleClient {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http;

    public ConsoleClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = fields.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Submits form {@code formId} of {@code page} (fetched from {@code path}) with these fields and button. */
    public HttpResponse<String> submit(String path, String page, String formId, List<Map.Entry<String, String>> fields, String button)
            throws IOException, InterruptedException {
        return post(path, formFields(page, formId, fields, button), Map.of());
    }

    public static List<Map.Entry<String, String>> formFields(String page, String formId, List<Map.Entry<String, String>> fields, String button) {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            throw new AssertionError("no form " + formId + " in page:\n" + page);
        }
        String form = page.substring(start, page.indexOf("</form>", start));
        List<Map.Entry<String, String>> all = new ArrayList<>();
        Matcher m = HIDDEN.matcher(form);
        while (m.find()) {
            Matcher n = NAME.matcher(m.group());
            Matcher v = VALUE.matcher(m.group());
            if (n.find()) {
                all.add(Map.entry(n.group(1), v.find() ? v.group(1) : ""));
            }
        }
        all.addAll(fields);
        all.add(Map.entry(button, "x"));
        return all;
    }

    /** Logs in through the console's login form; returns the page the browser lands on. */
    public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        String page = get("/login.xhtml").body();
        return submit("/login.xhtml", page, "login",
                List.of(Map.entry("login:username", username), Map.entry("login:password", password)), "login:submit");
    }

    public static String csrfToken(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
