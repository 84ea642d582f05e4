package org.veracity.interfaces.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.veracity.domain.access.Permission;

/**
 * {@code #{access.may('ENFORCE')}}: what the pages ask instead of listing roles. The answer comes from
 * the one table, {@link Permission}, that the services check too.
 */
@Named
@RequestScoped
public class Access {

    @Inject
    HttpServletRequest request;

    public boolean may(String permission) {
        return DeskPages.granted(request, Permission.valueOf(permission));
    }
}
