package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.LoginGuard;
import cn.sh.pilot.app.application.Passwords;
import cn.sh.pilot.app.application.ShanghaiTime;
import cn.sh.pilot.app.domain.user.UserAccountRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The login form. Throttled per user name and per client address (see {@code LoginThrottle}); a locked caller is
 * told until when, in Asia/Shanghai time, without the password being checked.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;
    @Inject
    LoginGuard guard;
    @Inject
    LocaleSelector localeSelector;
    @Inject
    UserAccountRepository users;

    private String username;
    private String password;

    /** Someone already logged in who opens the login page goes to the dashboard. */
    public String redirectIfLoggedIn() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getUserPrincipal() != null ? "/dashboard.xhtml?faces-redirect=true" : null;
    }

    public String login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ext = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        String address = request.getRemoteAddr();

        Optional<Instant> locked = guard.lockedUntil(name, address);
        if (locked.isPresent()) {
            lockedMessage(locked.get());
            return null;
        }
        request.changeSessionId(); // no session fixation: the authenticated session gets a new id
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(name, password == null ? "" : password)));
        switch (status) {
            case SEND_CONTINUE -> {
                guard.succeeded(name, address);
                users.byUsername(name).ifPresent(localeSelector::loggedIn);
                fc.responseComplete();
                return null;
            }
            case SUCCESS -> {
                guard.succeeded(name, address);
                users.byUsername(name).ifPresent(localeSelector::loggedIn);
                return "/dashboard.xhtml?faces-redirect=true";
            }
            default -> {
                Optional<Instant> lock = guard.failed(name, address);
                if (lock.isPresent()) {
                    lockedMessage(lock.get());
                } else {
                    Texts.error("login.failed");
                }
                return null;
            }
        }
    }

    private static void lockedMessage(Instant until) {
        long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds());
        Texts.error("login.locked", until.atZone(ShanghaiTime.ZONE).format(ShanghaiTime.TIME), seconds);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
