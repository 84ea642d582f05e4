package org.veracity.interfaces.web.access;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.veracity.application.DeskUserService;
import org.veracity.application.DeskUserService.DeskUserView;
import org.veracity.domain.access.Permission;

/**
 * Every desk request of a logged-in user: a disabled user is logged out at once; a user with an
 * admin-chosen password is sent to choose their own; a page the user's roles may not see is refused
 * (DeskPages says which permission each page needs).
 */
@WebFilter(urlPatterns = "/desk/*")
public class DeskAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    DeskUserService users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals("/desk") || path.equals("/desk/")) {
            path = "/desk/index.xhtml";
        }
        Optional<Permission> needed = DeskPages.needed(path);
        if (request.getUserPrincipal() == null || needed.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<DeskUserView> user = users.find(request.getUserPrincipal().getName()).filter(DeskUserView::enabled);
        if (user.isEmpty()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + DeskPages.LOGIN);
            return;
        }
        if (user.get().mustChangePassword() && !DeskPages.PASSWORD.equals(path)) {
            response.sendRedirect(request.getContextPath() + DeskPages.PASSWORD);
            return;
        }
        if (!DeskPages.granted(request, needed.get())) {
            refuse(response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A page the user may not see. The one place the desk answers a refusal, so the error-page work can
     * give it its own page.
     */
    static void refuse(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
