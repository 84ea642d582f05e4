package org.veracity.domain.access;

import java.util.Arrays;
import java.util.Optional;

/** What a bearer token allows (R24). {@code admin} implies every other scope. */
public enum Scope {
    CONTENT_WRITE("content:write"),
    CONTENT_READ("content:read"),
    SIGNALS_WRITE("signals:write"),
    DISTRIBUTION_READ("distribution:read"),
    FACTCHECK_WRITE("factcheck:write"),
    ESCALATIONS_WRITE("escalations:write"),
    ADMIN("admin"),
    SUBSCRIPTIONS_WRITE("subscriptions:write"),
    SPONSORSHIPS_WRITE("sponsorships:write");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Scope> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
