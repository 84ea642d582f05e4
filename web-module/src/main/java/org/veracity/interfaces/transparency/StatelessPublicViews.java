package org.veracity.interfaces.transparency;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Public pages and error pages keep no state on the server, so an anonymous visit creates no session
 * (issue 9, defect 8).
 * Their views are made transient when created — before any phase listener asks for the view map, which for
 * a stateful view would open a session (PrimeFaces keeps its CSP nonce there).
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (view != null && isPublic(viewId)) {
            view.setTransient(true);
        }
        return view;
    }

    static boolean isPublic(String viewId) {
        return viewId != null && (viewId.startsWith("/transparency/") || viewId.startsWith("/errors/")
                || viewId.equals("/index.xhtml"));
    }
}
