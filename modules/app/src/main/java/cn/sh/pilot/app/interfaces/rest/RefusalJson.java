package cn.sh.pilot.app.interfaces.rest;

import cn.sh.pilot.app.application.ChangeRefusedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A refusal of the application layer as the API answers it: the stable id and the console's Chinese
 * and English texts for it ({@code error.<id>} in the console's bundle), so that a system calling the
 * API can show the same words an official sees in the console.
 */
public final class RefusalJson {

    private static final String BUNDLE = "cn.sh.pilot.app.interfaces.web.i18n.messages";

    private RefusalJson() {
    }

    public static Response of(Response.Status status, ChangeRefusedException e) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", e.reason());
        body.put("zh", text(Locale.CHINESE, e.reason()));
        body.put("en", text(Locale.ENGLISH, e.reason()));
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private static String text(Locale locale, String id) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString("error." + id);
        } catch (MissingResourceException e) {
            return id;
        }
    }
}
