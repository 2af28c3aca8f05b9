package cn.sh.pilot.app.interfaces.rest;

import cn.sh.pilot.app.application.ChangeRefusedException;
import cn.sh.pilot.contracts.error.RefusedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A refusal as the API answers it: the stable error id with its Chinese and English texts, so that a
 * system calling the API can show the words an official sees in the console.
 */
public final class RefusalJson {

    private static final String BUNDLE = "cn.sh.pilot.app.interfaces.web.i18n.messages";

    private RefusalJson() {
    }

    /** A business rule's refusal: 422 with the id, both texts and the detail. */
    public static Response of(RefusedException e) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", e.id());
        body.put("zh", e.error().zh());
        body.put("en", e.error().en());
        body.put("detail", e.detail() == null ? "" : e.detail());
        return Response.status(422).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    /** A refused change of the application layer: its id and the console's texts ({@code error.<id>}). */
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
