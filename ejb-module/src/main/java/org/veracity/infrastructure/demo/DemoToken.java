package org.veracity.infrastructure.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.ApiToken;
import org.veracity.domain.access.TokenRepository;
import org.veracity.domain.access.TokenSecret;
import org.veracity.domain.access.TokenSecret.IssuedToken;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.application.internal.AuditTrail;

/** The demo integrator token: every scope, permanent, replaced at every demo start. */
@Stateless
public class DemoToken {

    @Inject
    TokenRepository tokens;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public IssuedToken replace(Actor actor) {
        for (ApiToken old : tokens.findDemoTokens()) {
            old.revoke(clock.instant());
            audit.record(AuditEntry.of(actor, AuditEntry.TOKEN, old.getName(), "TOKEN_REVOKED", null,
                    "replaced at demo start"));
        }
        String name = "demo-" + clock.instant().getEpochSecond();
        IssuedToken issued = TokenSecret.issue(name, DemoEscalations.NATIONAL_CAMPAIGN, DemoDataLoader.allScopes(), clock.instant(),
                null, true);
        tokens.store(issued.token());
        audit.record(AuditEntry.of(actor, AuditEntry.TOKEN, name, "TOKEN_ISSUED", null,
                "demo token with every scope"));
        return issued;
    }
}
