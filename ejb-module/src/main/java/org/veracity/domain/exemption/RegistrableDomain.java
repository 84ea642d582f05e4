package org.veracity.domain.exemption;

import crawlercommons.domains.EffectiveTldFinder;
import java.util.Locale;
import java.util.Optional;
import org.veracity.domain.content.WebDomain;

/**
 * Reduces a host or URL to its registrable domain with the Public Suffix List
 * ({@code news.bbc.co.uk} → {@code bbc.co.uk}), as R4 asks of ranking entries and links alike.
 */
public final class RegistrableDomain {

    private RegistrableDomain() {
    }

    public static Optional<String> ofHost(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        // strict: an unknown suffix yields nothing rather than a guess. Private suffixes (blogspot.com,
        // github.io) are ignored, so "someone.blogspot.com" reduces to "blogspot.com", a user-content host.
        String assigned = EffectiveTldFinder.getAssignedDomain(h, true, true);
        return Optional.ofNullable(assigned).filter(d -> d.contains("."));
    }

    public static Optional<String> ofUrl(String url) {
        return WebDomain.hostOf(url).flatMap(RegistrableDomain::ofHost);
    }
}
