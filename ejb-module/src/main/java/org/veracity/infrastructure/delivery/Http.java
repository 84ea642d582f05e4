package org.veracity.infrastructure.delivery;

import java.net.http.HttpClient;
import java.time.Duration;

/** The outgoing HTTP client the transports share the settings of: no redirects, a connect timeout. */
final class Http {

    private Http() {
    }

    static HttpClient client(Duration timeout) {
        return HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The start of an error answer's body, for the admin's delivery page. */
    static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String b = body.strip().replaceAll("\\s+", " ");
        return ": " + (b.length() > 300 ? b.substring(0, 300) + "…" : b);
    }
}
