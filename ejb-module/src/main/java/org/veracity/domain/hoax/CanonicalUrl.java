package org.veracity.domain.hoax;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link reduced to what identifies the page, so that a hoax re-shared with a tracking tag, another scheme, a
 * {@code www.} or a fragment still matches (R11 "the same canonical URL"). The canonical form is
 * {@code host[:port]/path[?query]}: lower-case host without {@code www.} or trailing dot, IDN in ASCII, no scheme
 * (http and https show the same page), no user info, default ports, fragment or trailing slash; tracking parameters
 * dropped and the remaining parameters sorted. Path case is kept: paths are case-sensitive.
 */
public final class CanonicalUrl {

    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "gclsrc", "dclid", "gbraid",
            "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "twclid", "ttclid", "_ga", "_gl",
            "mkt_tok", "ref_src", "ref_url");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");
    private static final String LABEL = "[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?";
    private static final Pattern HOST_NAME = Pattern.compile(LABEL + "(\\." + LABEL + ")*");
    private static final Pattern IP_V6 = Pattern.compile("\\[[0-9a-f:.]+]");
    private static final Pattern HOST_AND_PORT = Pattern.compile("(.*):(\\d{1,5})");
    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

    private final String value;

    private CanonicalUrl(String value) {
        this.value = value;
    }

    /** The canonical form of a link; throws for text that is no http(s) link. */
    public static CanonicalUrl of(String link) {
        if (link == null || link.isBlank()) {
            throw new IllegalArgumentException("URL is missing");
        }
        String text = link.strip().replace(" ", "%20");
        if (!SCHEME.matcher(text).find()) {
            text = "http://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + link, e);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: " + link);
        }
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null && uri.getAuthority() != null) {
            // java.net.URI leaves internationalised host names ("bücher.example") in the authority only.
            String authority = uri.getAuthority().substring(uri.getAuthority().lastIndexOf('@') + 1);
            Matcher withPort = HOST_AND_PORT.matcher(authority);
            host = withPort.matches() ? withPort.group(1) : authority;
            port = withPort.matches() ? Integer.parseInt(withPort.group(2)) : -1;
        }
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("URL has no host: " + link);
        }
        StringBuilder canonical = new StringBuilder(host(host));
        if (port != -1 && port != 80 && port != 443) {
            canonical.append(':').append(port);
        }
        canonical.append(path(uri.getRawPath()));
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        return new CanonicalUrl(canonical.toString());
    }

    /** The canonical form, or empty for text that is no http(s) link: an item's bad link simply matches nothing. */
    public static Optional<CanonicalUrl> parse(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(link));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String host(String host) {
        String h = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (!HOST_NAME.matcher(h).matches() && !IP_V6.matcher(h).matches()) {
            throw new IllegalArgumentException("not a host name: " + host);
        }
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    private static String path(String rawPath) {
        String p = rawPath == null ? "" : upperCaseEscapes(rawPath);
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int eq = parameter.indexOf('=');
            String name = upperCaseEscapes(eq < 0 ? parameter : parameter.substring(0, eq));
            String value = eq < 0 ? "" : upperCaseEscapes(parameter.substring(eq + 1));
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("utm_") || TRACKING_PARAMETERS.contains(lower)) {
                continue;
            }
            kept.add(new String[] {name, eq < 0 ? null : value});
        }
        kept.sort(Comparator.<String[], String>comparing(p -> p[0])
                .thenComparing(p -> p[1] == null ? "" : p[1]));
        StringBuilder out = new StringBuilder();
        for (String[] p : kept) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(p[0]);
            if (p[1] != null) {
                out.append('=').append(p[1]);
            }
        }
        return out.toString();
    }

    /** %2f and %2F are the same byte. */
    private static String upperCaseEscapes(String s) {
        Matcher m = PERCENT_ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, m.group().toUpperCase(Locale.ROOT));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CanonicalUrl url && value.equals(url.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
