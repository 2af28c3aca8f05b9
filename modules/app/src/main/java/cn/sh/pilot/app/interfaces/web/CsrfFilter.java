package cn.sh.pilot.app.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) that do not prove they come from this site's own
 * pages: the request must carry the session's CSRF token (form field {@value #PARAMETER}, which every console form
 * holds, or header {@value #HEADER}), and an {@code Origin} header, when sent, must be this host.
 * A refusal is 403 with a short explanation. Faces' server-side view state is a second, independent barrier;
 * SameSite=Strict session cookies a third.
 */
public class CsrfFilter extends HttpFilter {

    public static final String PARAMETER = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Logger LOG = Logger.getLogger(CsrfFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST) {
            String uri = request.getRequestURI();
            if ("GET".equals(request.getMethod()) && (uri.endsWith(".xhtml") || uri.endsWith("/"))) {
                // pages hold forms: make sure the session and its token exist before the response is committed
                CsrfToken.ensure(request.getSession(true));
            }
            chain.doFilter(request, response);
            return;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8"); // this filter reads parameters before Faces would set it
        }
        String refusal = refusal(request);
        if (refusal != null) {
            LOG.warning(() -> "Refused " + request.getMethod() + " " + request.getRequestURI() + " from "
                    + request.getRemoteAddr() + ": " + refusal);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>403</title></head><body>"
                    + "<h1>请求被拒绝 / Request refused</h1><p>页面已过期或请求并非来自本系统的页面，请刷新页面后重试。</p>"
                    + "<p>The page expired or the request did not come from this system's pages; reload the page and try again.</p>"
                    + "<p><a href=\"" + request.getContextPath() + "/\">返回 / Back</a></p></body></html>");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String refusal(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !"null".equals(origin) && !sameHost(origin, request)) {
            return "cross-origin (" + origin + ")";
        }
        if ("null".equals(origin)) {
            return "opaque origin";
        }
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(CsrfToken.SESSION_KEY);
        if (expected == null) {
            return "no session token";
        }
        String presented = request.getHeader(HEADER);
        if (presented == null) {
            presented = request.getParameter(PARAMETER);
        }
        if (presented == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8))) {
            return "missing or wrong CSRF token";
        }
        return null;
    }

    private static boolean sameHost(String origin, HttpServletRequest request) {
        try {
            URI o = URI.create(origin);
            String host = request.getHeader("Host");
            String originHost = o.getHost() + (o.getPort() == -1 ? "" : ":" + o.getPort());
            return host != null && host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
