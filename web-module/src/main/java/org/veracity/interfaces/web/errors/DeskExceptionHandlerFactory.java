package org.veracity.interfaces.web.errors;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.primefaces.csp.CspException;
import org.veracity.domain.access.NotPermittedException;

/**
 * What a desk user sees when a page cannot go on (issue 9, defect 7). An expired view — the session
 * timed out, or the server restarted — sends the user to a fresh login with a message; a refusal by a
 * use case answers 403 with the error page that says so. Anything else goes on to the container, whose
 * error page (web.xml) says in words that something went wrong, without the exception's text. A form
 * posted without the page's CSP nonce (PrimeFaces refuses it) is the sender's fault: 400, not 500.
 */
public class DeskExceptionHandlerFactory extends ExceptionHandlerFactory {

    static final String EXPIRED_LOGIN = "/desk/login.xhtml?expired=true";

    public DeskExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable thrown = events.next().getContext().getException();
                if (causeOfType(thrown, ViewExpiredException.class).isPresent()) {
                    events.remove();
                    answer(faces, () -> faces.getExternalContext().redirect(
                            faces.getExternalContext().getRequestContextPath() + EXPIRED_LOGIN));
                } else if (causeOfType(thrown, CspException.class).isPresent()) {
                    events.remove();
                    answer(faces, () -> faces.getExternalContext().responseSendError(HttpServletResponse.SC_BAD_REQUEST, null));
                } else if (causeOfType(thrown, NotPermittedException.class).isPresent()) {
                    events.remove();
                    answer(faces, () -> faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null));
                }
            }
            getWrapped().handle();
        }

        private static void answer(FacesContext faces, IoAction action) {
            ExternalContext external = faces.getExternalContext();
            if (!external.isResponseCommitted()) {
                try {
                    action.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            faces.responseComplete();
        }

        static <T extends Throwable> Optional<T> causeOfType(Throwable thrown, Class<T> type) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (type.isInstance(t)) {
                    return Optional.of(type.cast(t));
                }
            }
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
