package org.veracity.interfaces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries — desk, public pages, API, static resources and error pages alike:
 * no MIME sniffing, no referrer beyond the origin, no framing. Faces pages get their
 * Content-Security-Policy from PrimeFaces (web.xml {@code primefaces.CSP}: a fresh script nonce per
 * response); every other response gets the strict policy below, which allows nothing to run.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST})
public class SecurityHeaders extends HttpFilter {

    static final String NOT_A_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!isFacesPage(request)) {
            response.setHeader("Content-Security-Policy", NOT_A_PAGE_POLICY);
        }
        chain.doFilter(request, response);
    }

    private static boolean isFacesPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return (path.endsWith(".xhtml") || path.endsWith("/")) && !path.startsWith("/jakarta.faces.resource/");
    }
}
