package org.veracity.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What a page shows from a use case, read at most once per request however often the page's expressions ask for it
 * (a data table evaluates its value several times per phase), and read again after a use case changed something in
 * that request: {@link DeskMessages#attempt} forgets every page's data when a use case succeeds, so the response shows
 * the change. Kept in the request, so a view-scoped bean never shows the previous request's rows.
 */
public final class PageData<T> implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = PageData.class.getName() + ".";

    /** A loader the bean holding it can be serialised with (a view-scoped bean lives in the session). */
    @FunctionalInterface
    public interface Loader<T> extends Supplier<T>, Serializable {
    }

    private final String key = PREFIX + UUID.randomUUID();
    private final Loader<T> loader;

    private PageData(Loader<T> loader) {
        this.loader = loader;
    }

    public static <T> PageData<T> of(Loader<T> loader) {
        return new PageData<>(loader);
    }

    @SuppressWarnings("unchecked")
    public T get() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object value = request.get(key);
        if (value == null) {
            value = loader.get();
            request.put(key, value);
        }
        return (T) value;
    }

    /** After a change made in this request: every page's data is read again when next asked for. */
    static void forgetAll() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            faces.getExternalContext().getRequestMap().keySet().removeIf(k -> k.startsWith(PREFIX));
        }
    }
}
