package cn.sh.pilot.app.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages from the console's bundle ({@code msg}) in the view's language. */
public final class Texts {

    private Texts() {
    }

    public static String text(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle bundle = fc.getApplication().getResourceBundle(fc, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** A refusal id from the application layer, translated ({@code error.<id>}). */
    public static void refused(String reason) {
        add(FacesMessage.SEVERITY_ERROR, text("error." + reason));
    }

    /** A refusal as one line for a page: its id, the message in the view's language and the detail. */
    static String refusalLine(cn.sh.pilot.contracts.error.RefusedException e, boolean english) {
        return e.id() + ": " + (english ? e.error().en() : e.error().zh())
                + (e.detail() == null || e.detail().isBlank() ? "" : "（" + e.detail() + "）");
    }

    /** A request parameter (a postback decodes its forms before view parameters are set). */
    static String requestParameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.addMessage(null, new FacesMessage(severity, summary, null));
        fc.getExternalContext().getFlash().setKeepMessages(true);
    }
}
