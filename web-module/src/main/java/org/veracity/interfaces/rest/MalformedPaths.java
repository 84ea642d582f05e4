package org.veracity.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers an API path with a broken percent-escape ({@code /api/v1/content/x%}) with 400 before Jersey
 * sees it: Jersey cannot build the request URI from it, logs a stack trace and answers 200 with nothing.
 */
@WebFilter(urlPatterns = "/api/*")
public class MalformedPaths extends HttpFilter {

    private static final byte[] PROBLEM = ("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"detail\":\"the request path has a percent sign that is not followed by two hexadecimal digits\","
            + "\"errors\":[]}").getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (wellEscaped(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(PROBLEM.length);
        response.getOutputStream().write(PROBLEM);
    }

    static boolean wellEscaped(String rawPath) {
        if (rawPath == null) {
            return true;
        }
        for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
            if (i + 2 >= rawPath.length() || Character.digit(rawPath.charAt(i + 1), 16) < 0
                    || Character.digit(rawPath.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
