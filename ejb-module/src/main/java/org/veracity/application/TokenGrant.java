package org.veracity.application;

import java.util.Set;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Scope;

/** An authenticated integrator: whose token it is and what it may do. */
public record TokenGrant(String tokenName, String owner, Set<Scope> scopes) {

    public TokenGrant {
        scopes = Set.copyOf(scopes);
    }

    public boolean allows(Scope scope) {
        return scopes.contains(scope) || scopes.contains(Scope.ADMIN);
    }

    public Actor asActor() {
        return Actor.integrator(tokenName, owner);
    }
}
