package org.veracity.application;

import java.util.Set;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;
import org.veracity.domain.access.Scope;

/** An authenticated integrator: whose token it is and what it may do. */
public record TokenGrant(String tokenName, String owner, Set<Scope> scopes) {

    public TokenGrant {
        scopes = Set.copyOf(scopes);
    }

    public boolean allows(Scope scope) {
        return scopes.contains(scope) || scopes.contains(Scope.ADMIN);
    }

    /** The integrator as an actor; a token with the {@code admin} scope acts as an ADMIN (R24). */
    public Actor asActor() {
        Actor integrator = Actor.integrator(tokenName, owner);
        return scopes.contains(Scope.ADMIN)
                ? new Actor(integrator.name(), java.util.EnumSet.of(Role.INTEGRATOR, Role.ADMIN), owner)
                : integrator;
    }
}
