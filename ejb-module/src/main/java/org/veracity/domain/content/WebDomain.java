package org.veracity.domain.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The host part of an item's link, lower-cased and without a leading {@code www.}. Reduction
 * to the registrable domain with the Public Suffix List belongs to the exemption rule (R4).
 */
public final class WebDomain {

    private WebDomain() {
    }

    public static Optional<String> hostOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = new URI(url.trim()).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            String lower = host.toLowerCase(Locale.ROOT);
            return Optional.of(lower.startsWith("www.") ? lower.substring(4) : lower);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * An absolute http(s) URL with a host, exactly as sent: {@link URI} refuses spaces, quotes, angle
     * brackets, backslashes and the other characters a URL cannot carry unencoded.
     */
    public static boolean isWebUrl(String url) {
        if (url == null || url.isEmpty()) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
