package cn.sh.pilot.app.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The session's CSRF token, for the hidden {@code _csrf} field in every form:
 * {@code <input type="hidden" name="_csrf" value="#{csrf.token}"/>}. It survives the session-id change at login.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    static final String SESSION_KEY = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    public String getToken() {
        return ensure(request.getSession(true));
    }

    /** The session's token, created on first use. The filter calls it before a page renders. */
    static String ensure(HttpSession session) {
        synchronized (CsrfToken.class) {
            String token = (String) session.getAttribute(SESSION_KEY);
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(SESSION_KEY, token);
            }
            return token;
        }
    }
}
