package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.domain.security.AccessDeniedException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Turns an {@link AccessDeniedException} thrown anywhere while a page is processed (view action, action, getter)
 * into a 403 answer, which web.xml shows as the "无权访问" page; and an expired view into a fresh GET of the page.
 */
public class AccessDeniedExceptionHandlerFactory extends ExceptionHandlerFactory {

    public AccessDeniedExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(Handler.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext fc = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
                Throwable t = it.next().getContext().getException();
                AccessDeniedException denied = find(t, AccessDeniedException.class);
                ViewExpiredException expired = find(t, ViewExpiredException.class);
                if (denied == null && expired == null) {
                    continue;
                }
                it.remove();
                ExternalContext ext = fc.getExternalContext();
                try {
                    if (denied != null) {
                        LOG.warning(() -> "403: " + denied.getMessage());
                        ext.responseSendError(403, denied.reason());
                    } else {
                        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
                        ext.redirect(request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                fc.responseComplete();
            }
            getWrapped().handle();
        }

        private static <T extends Throwable> T find(Throwable t, Class<T> type) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (type.isInstance(c)) {
                    return type.cast(c);
                }
                if (c.getCause() == c) {
                    break;
                }
            }
            return null;
        }
    }
}
