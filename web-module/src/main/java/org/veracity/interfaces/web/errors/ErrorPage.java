package org.veracity.interfaces.web.errors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/** Which audience an error page speaks to: the desk's look for desk addresses, the public look for the rest. */
@Named
@RequestScoped
public class ErrorPage {

    public boolean isDesk() {
        Object uri = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(RequestDispatcher.ERROR_REQUEST_URI);
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return uri instanceof String u && u.startsWith(contextPath + "/desk/");
    }

    public String getTemplate() {
        return isDesk() ? "/WEB-INF/templates/desk.xhtml" : "/WEB-INF/templates/public.xhtml";
    }
}
