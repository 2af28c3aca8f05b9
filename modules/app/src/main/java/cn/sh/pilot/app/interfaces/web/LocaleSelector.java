package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.UserAdministration;
import cn.sh.pilot.app.domain.user.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.Serializable;
import java.util.Locale;

/**
 * The console language: Chinese unless chosen otherwise. Before login the choice lives in a cookie; after login it
 * is the account's stored language, and switching changes the account (so it follows the user to any browser).
 */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "pilot_lang";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    @Inject
    UserAdministration userAdministration;

    private Locale locale = CHINESE;
    private boolean chosenBeforeLogin;

    @PostConstruct
    void init() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc != null) {
            Object cookie = fc.getExternalContext().getRequestCookieMap().get(COOKIE);
            if (cookie instanceof Cookie c && "en".equals(c.getValue())) {
                locale = ENGLISH;
            }
        }
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return ENGLISH.equals(locale) ? "en" : "zh";
    }

    public String getHtmlLang() {
        return ENGLISH.equals(locale) ? "en" : "zh-CN";
    }

    public boolean isEnglish() {
        return ENGLISH.equals(locale);
    }

    public String chinese() {
        return switchTo("zh");
    }

    public String english() {
        return switchTo("en");
    }

    private String switchTo(String language) {
        locale = "en".equals(language) ? ENGLISH : CHINESE;
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ext = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        if (request.getUserPrincipal() != null) {
            userAdministration.chooseLanguage(language);
        } else {
            chosenBeforeLogin = true;
        }
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath(ext.getRequestContextPath().isEmpty() ? "/" : ext.getRequestContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        ((HttpServletResponse) ext.getResponse()).addCookie(cookie);
        fc.getViewRoot().setLocale(locale);
        return fc.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** After login: the account's language, unless the user just chose one on the login page (then it is stored). */
    void loggedIn(UserAccount account) {
        if (chosenBeforeLogin) {
            userAdministration.chooseLanguage(getLanguage());
        } else {
            locale = "en".equals(account.language()) ? ENGLISH : CHINESE;
        }
        chosenBeforeLogin = false;
    }
}
