package org.veracity.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A desk user's browser session without a browser: logs in through the real login form and submits
 * JSF forms (with their view state) over plain HTTP. Redirects are not followed, so a test sees them.
 */
public final class DeskSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP mode refuses a postback without the page's nonce, which its script adds to every form. */
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)|nonce=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public record Page(int status, String body, String location, HttpHeaders headers) {
        public boolean redirectsTo(String path) {
            return status / 100 == 3 && location != null && location.contains(path);
        }
    }

    public DeskSession(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Submits the login form; answers the response (a redirect on success, the login page again on failure). */
    public Page login(String username, String password) {
        return submit("/desk/login.xhtml", "login", "submit", Map.of("login:username", username,
                "login:password", password));
    }

    /** Logs in and fails the test unless the desk let the user in. */
    public static DeskSession loggedIn(String base, String username, String password) {
        DeskSession session = new DeskSession(base);
        Page page = session.login(username, password);
        if (!page.redirectsTo("/desk/")) {
            throw new AssertionError(username + " could not log in: " + page.status() + " " + page.location());
        }
        return session;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /**
     * Loads the page, then posts one of its forms with these fields, pressing the button {@code form:button}.
     * A field's value is a String, or a List of them for a field sent several times (check boxes).
     */
    public Page submit(String path, String form, String button, Map<String, ?> fields) {
        Page page = get(path);
        Matcher m = VIEW_STATE.matcher(page.body());
        if (page.status() != 200 || !m.find()) {
            throw new AssertionError("GET " + path + " answered " + page.status() + " without a form to submit");
        }
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put(form, form);
        all.put(form + ":" + button, "");
        all.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":"));
        Matcher nonce = CSP_NONCE.matcher(page.body());
        if (nonce.find()) {
            all.put("primefaces.nonce", nonce.group(1) != null ? nonce.group(1) : nonce.group(2));
        }
        String body = all.entrySet().stream().flatMap(e -> (e.getValue() instanceof List<?> l ? l : List.of(e.getValue()))
                        .stream().map(v -> encode(e.getKey()) + "=" + encode(String.valueOf(v))))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts exactly these fields, without loading the page first (e.g. a view state the server no longer holds). */
    public Page post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null), r.headers());
        } catch (IOException e) {
            throw new AssertionError("desk request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
