package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.veracity.application.TokenGrant;
import org.veracity.application.TokenService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.ApiToken;
import org.veracity.domain.access.Scope;
import org.veracity.domain.access.TokenRejectedException;
import org.veracity.domain.access.TokenRejectedException.Reason;
import org.veracity.domain.access.TokenRepository;
import org.veracity.domain.access.TokenSecret;
import org.veracity.domain.access.TokenSecret.IssuedToken;
import org.veracity.domain.audit.AuditEntry;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultTokenService implements TokenService {

    @Inject
    TokenRepository tokens;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public TokenGrant authenticate(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new TokenRejectedException(Reason.MISSING);
        }
        if (!TokenSecret.isWellFormed(secret)) {
            throw new TokenRejectedException(Reason.MALFORMED);
        }
        ApiToken token = tokens.findBySecretHash(TokenSecret.hash(secret))
                .orElseThrow(() -> new TokenRejectedException(Reason.UNKNOWN));
        if (token.isRevoked()) {
            throw new TokenRejectedException(Reason.REVOKED);
        }
        if (token.isExpiredAt(clock.instant())) {
            throw new TokenRejectedException(Reason.EXPIRED);
        }
        return new TokenGrant(token.getName(), token.getOwner(), token.getScopes());
    }

    @Override
    public IssuedToken issue(String name, String owner, Set<Scope> scopes, Duration lifetime, Actor actor) {
        IssuedToken issued = TokenSecret.issue(name, owner, scopes, clock.instant(), lifetime, false);
        tokens.store(issued.token());
        audit.record(AuditEntry.of(actor, AuditEntry.TOKEN, name, "TOKEN_ISSUED", null, describe(issued.token())));
        return issued;
    }

    @Override
    public void revoke(String name, Actor actor) {
        ApiToken token = tokens.findByName(name)
                .orElseThrow(() -> new IllegalArgumentException("no token named " + name));
        Instant now = clock.instant();
        token.revoke(now);
        audit.record(AuditEntry.of(actor, AuditEntry.TOKEN, name, "TOKEN_REVOKED", null, null));
    }

    static String describe(ApiToken t) {
        return "owner " + t.getOwner() + ", scopes " + t.getScopes().stream().map(Scope::wireName).sorted().toList()
                + (t.getExpiresAt() == null ? ", permanent" : ", expires " + t.getExpiresAt());
    }
}
