package org.veracity.interfaces.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.veracity.application.DeskUserService;
import org.veracity.domain.access.Actor;

/** The logged-in desk user as the actor the use cases expect, looked up once per request. */
@RequestScoped
public class DeskUser {

    @Inject
    SecurityContext security;

    @Inject
    DeskUserService users;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            String name = security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
            actor = users.actorFor(name).orElseThrow(() -> new IllegalStateException("no logged-in desk user"));
        }
        return actor;
    }
}
