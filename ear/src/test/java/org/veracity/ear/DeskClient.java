package org.veracity.ear;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
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
 * One desk session over plain HTTP, as an administrator's browser would drive it: its own cookies, JSF
 * forms posted with their view state, redirects not followed so the test sees them.
 */
final class DeskClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP mode refuses a postback without the page's nonce, which its script adds to every form. */
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)|nonce=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    record Page(int status, String body, String location) {
        boolean redirectsTo(String path) {
            return status / 100 == 3 && location != null && location.contains(path);
        }
    }

    DeskClient(String base) {
        this.base = base;
    }

    Page login(String username, String password) throws IOException, InterruptedException {
        return submit("/desk/login.xhtml", "login", "submit", Map.of("login:username", username,
                "login:password", password));
    }

    Page get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Loads the page and posts one of its forms; a List value sends the field once per element. */
    Page submit(String path, String form, String button, Map<String, ?> fields) throws IOException, InterruptedException {
        Page page = get(path);
        Matcher m = VIEW_STATE.matcher(page.body());
        if (page.status() != 200 || !m.find()) {
            throw new AssertionError("GET " + path + " answered " + page.status() + " without a form:\n" + page.body());
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

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
