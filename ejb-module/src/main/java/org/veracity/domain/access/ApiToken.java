package org.veracity.domain.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * An integrator's bearer token (R24). Only the SHA-256 of the secret is stored: the secret is
 * shown once, at issue. Temporary tokens last at most 24 hours; permanent ones belong to a
 * system user and last until revoked.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final Duration LONGEST_TEMPORARY = Duration.ofHours(24);
    /** What people read when a temporary token's lifetime is out of range (R24). */
    public static final String LIFETIME_RULE = "a temporary token lasts 1 to 24 hours; leave it out for a permanent one";

    /** R24: a temporary token lasts more than 0 and at most 24 hours; {@code null} is a permanent token. */
    public static boolean isAllowedLifetime(Duration lifetime) {
        return lifetime == null
                || !(lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(LONGEST_TEMPORARY) > 0);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String owner;

    @Column(name = "secret_hash", nullable = false, unique = true, length = 64)
    private String secretHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_scope", joinColumns = @JoinColumn(name = "token_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "scope", length = 30)
    private Set<Scope> scopes = EnumSet.noneOf(Scope.class);

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    static ApiToken issue(String name, String owner, String secretHash, Set<Scope> scopes, Instant now,
                          Duration lifetime, boolean demo) {
        if (!isAllowedLifetime(lifetime)) {
            throw new IllegalArgumentException("a temporary token lasts more than 0 and at most 24 hours");
        }
        ApiToken t = new ApiToken();
        t.name = name;
        t.owner = owner;
        t.secretHash = secretHash;
        t.scopes = scopes.isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(scopes);
        t.issuedAt = now;
        t.expiresAt = lifetime == null ? null : now.plus(lifetime);
        t.demo = demo;
        return t;
    }

    public boolean allows(Scope scope) {
        return scopes.contains(scope) || scopes.contains(Scope.ADMIN);
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** How coarse a token's "last used" is: to spare the hot path a write per request, it moves at most this often. */
    public static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    /** Records a use, at most once every {@link #USE_RECORDED_EVERY}. */
    public void usedAt(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minus(USE_RECORDED_EVERY))) {
            lastUsedAt = now;
        }
    }

    public Long getId() { return id; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public String getName() { return name; }
    public String getSecretHash() { return secretHash; }
    public String getOwner() { return owner; }
    public Set<Scope> getScopes() { return Set.copyOf(scopes); }
    public Instant getIssuedAt() { return issuedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public boolean isDemo() { return demo; }
}
