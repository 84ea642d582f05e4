package org.veracity.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.veracity.application.ConflictException;
import org.veracity.application.RefusedException;
import org.veracity.application.TokenGrant;
import org.veracity.application.TokenService;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.ApiToken;
import org.veracity.domain.access.KnownTokens;
import org.veracity.domain.access.NotPermittedException;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.access.Role;
import org.veracity.domain.access.Scope;
import org.veracity.domain.access.TokenRejectedException;
import org.veracity.domain.access.TokenRejectedException.Reason;
import org.veracity.domain.access.TokenRepository;
import org.veracity.domain.access.TokenSecret;
import org.veracity.domain.access.TokenSecret.IssuedToken;
import org.veracity.domain.access.TokenStanding;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultTokenService implements TokenService {

    @Inject
    TokenRepository tokens;

    @Inject
    AuditTrail audit;

    @Inject
    KnownTokens known;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    /**
     * Every request of every integrator comes here. Once a minute per token and instance the token is read and its
     * use recorded; otherwise it is answered from {@link KnownTokens}, which a revocation anywhere in the cluster
     * reaches before the revoker has an answer.
     */
    @Override
    public TokenGrant authenticate(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new TokenRejectedException(Reason.MISSING);
        }
        if (!TokenSecret.isWellFormed(secret)) {
            throw new TokenRejectedException(Reason.MALFORMED);
        }
        String hash = TokenSecret.hash(secret);
        Instant now = clock.instant();
        TokenStanding token;
        if (known.useToRecord(hash, now)) {
            ApiToken read = tokens.findBySecretHash(hash).orElseThrow(() -> new TokenRejectedException(Reason.UNKNOWN));
            token = TokenStanding.of(read);
            if (!token.revoked() && !token.isExpiredAt(now)) {
                read.usedAt(now);
            }
        } else {
            token = known.find(hash, h -> tokens.findBySecretHash(h).map(TokenStanding::of).orElse(null))
                    .orElseThrow(() -> new TokenRejectedException(Reason.UNKNOWN));
        }
        if (token.revoked()) {
            throw new TokenRejectedException(Reason.REVOKED);
        }
        if (token.isExpiredAt(now)) {
            throw new TokenRejectedException(Reason.EXPIRED);
        }
        return new TokenGrant(token.name(), token.owner(), token.scopes());
    }

    @Override
    public IssuedToken issue(String name, String owner, Set<Scope> scopes, Duration lifetime, Actor actor) {
        requireManages(actor, owner);
        if (!actor.has(Role.ADMIN) && !PARTNER_SCOPES.containsAll(scopes)) {
            throw RefusedException.onField("scopes", "a partner organisation's tokens carry only "
                    + PARTNER_SCOPES.stream().map(Scope::wireName).sorted().toList());
        }
        if (!ApiToken.isAllowedLifetime(lifetime)) {
            throw RefusedException.onField("hours", ApiToken.LIFETIME_RULE);
        }
        if (tokens.findByName(name).isPresent()) {
            throw new ConflictException("a token named " + name + " exists");
        }
        IssuedToken issued = TokenSecret.issue(name, owner, scopes, clock.instant(), lifetime, false);
        return stored(issued, actor, describe(issued.token()));
    }

    @Override
    public void revoke(String name, Actor actor) {
        ApiToken token = tokens.findByName(name)
                .orElseThrow(() -> new UnknownSubjectException("no token named " + name));
        requireManages(actor, token.getOwner());
        token.revoke(clock.instant());
        forgetOnCommit(token);
        audit.record(AuditEntry.of(actor, AuditSubject.TOKEN, name, AuditAction.TOKEN_REVOKED, null, null));
    }

    @Override
    public IssuedToken replaceDemoToken(String owner, Actor actor) {
        Permissions.require(actor, Permission.REPLACE_DEMO_TOKEN);
        for (ApiToken old : tokens.findDemoTokens()) {
            old.revoke(clock.instant());
            forgetOnCommit(old);
            audit.record(AuditEntry.of(actor, AuditSubject.TOKEN, old.getName(), AuditAction.TOKEN_REVOKED, null,
                    "replaced at demo start"));
        }
        String name = "demo-" + clock.instant().getEpochSecond();
        return stored(TokenSecret.issue(name, owner, EnumSet.allOf(Scope.class), clock.instant(), null, true), actor,
                "demo token with every scope");
    }

    @Override
    public List<TokenView> list(Actor actor) {
        Permissions.require(actor, Permission.MANAGE_TOKENS);
        Instant now = clock.instant();
        return tokens.list(actor.has(Role.ADMIN) ? null : actor.organisation()).stream()
                .map(t -> new TokenView(t.getName(), t.getOwner(),
                        t.getScopes().stream().map(Scope::wireName).sorted().toList(), t.getIssuedAt(),
                        t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt(),
                        t.isRevoked() ? "REVOKED" : t.isExpiredAt(now) ? "EXPIRED" : "ACTIVE"))
                .toList();
    }

    /** A new token kept and audited; its secret leaves only in the answer. */
    private IssuedToken stored(IssuedToken issued, Actor actor, String reason) {
        tokens.store(issued.token());
        audit.record(AuditEntry.of(actor, AuditSubject.TOKEN, issued.token().getName(), AuditAction.TOKEN_ISSUED, null,
                reason));
        return issued;
    }

    /** Every instance forgets the token once its change is committed, before this use case's caller has an answer. */
    private void forgetOnCommit(ApiToken token) {
        String hash = token.getSecretHash();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    known.changed(hash);
                }
            }
        });
    }

    /** ADMINs manage every token; a partner's admin only those owned by its organisation. */
    private static void requireManages(Actor actor, String owner) {
        Permissions.require(actor, Permission.MANAGE_TOKENS);
        if (!actor.has(Role.ADMIN) && (actor.organisation() == null || !actor.organisation().equals(owner))) {
            throw new NotPermittedException("the admin of " + actor.organisation()
                    + " manages only the tokens of " + actor.organisation());
        }
    }

    static String describe(ApiToken t) {
        return "owner " + t.getOwner() + ", scopes " + t.getScopes().stream().map(Scope::wireName).sorted().toList()
                + (t.getExpiresAt() == null ? ", permanent" : ", expires " + t.getExpiresAt());
    }
}
