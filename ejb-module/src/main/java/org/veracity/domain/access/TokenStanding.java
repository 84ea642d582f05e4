package org.veracity.domain.access;

import java.time.Instant;
import java.util.Set;

/** What authenticating a bearer token needs to know of it (R24), as read from the database. */
public record TokenStanding(String name, String owner, Set<Scope> scopes, boolean revoked, Instant expiresAt) {

    public TokenStanding {
        scopes = Set.copyOf(scopes);
    }

    public static TokenStanding of(ApiToken t) {
        return new TokenStanding(t.getName(), t.getOwner(), t.getScopes(), t.isRevoked(), t.getExpiresAt());
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
