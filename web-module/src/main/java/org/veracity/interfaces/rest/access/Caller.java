package org.veracity.interfaces.rest.access;

import jakarta.enterprise.context.RequestScoped;
import org.veracity.application.TokenGrant;
import org.veracity.domain.access.Actor;

/** The integrator behind the current request, as the bearer filter authenticated it. */
@RequestScoped
public class Caller {

    private TokenGrant grant;

    void authenticatedAs(TokenGrant grant) {
        this.grant = grant;
    }

    public Actor actor() {
        if (grant == null) {
            throw new IllegalStateException("no authenticated caller: is the resource method marked @RequiresScope?");
        }
        return grant.asActor();
    }
}
