package org.veracity.interfaces.rest.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.veracity.application.TokenGrant;
import org.veracity.application.TokenService;
import org.veracity.domain.access.Scope;
import org.veracity.domain.access.TokenRejectedException;
import org.veracity.interfaces.rest.Problem;

/**
 * R24 at the door: a method marked {@link RequiresScope} needs {@code Authorization: Bearer <token>}.
 * A missing, malformed, unknown, expired or revoked token gets 401 with {@code WWW-Authenticate: Bearer};
 * a valid one without the scope gets 403 (RFC 6750). The token itself is never logged or echoed.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {

    private static final String REALM = "Bearer realm=\"veracity\"";

    @Context
    ResourceInfo resource;

    @Inject
    TokenService tokens;

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        RequiresScope required = requiredScope();
        if (required == null) {
            return;
        }
        TokenGrant grant;
        try {
            grant = tokens.authenticate(bearerSecret(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
        } catch (TokenRejectedException e) {
            request.abortWith(challenge(e));
            return;
        }
        if (!grant.allows(required.value())) {
            request.abortWith(forbidden(required.value()));
            return;
        }
        caller.authenticatedAs(grant);
    }

    private RequiresScope requiredScope() {
        if (resource.getResourceMethod() == null) {
            return null;
        }
        RequiresScope onMethod = resource.getResourceMethod().getAnnotation(RequiresScope.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RequiresScope.class);
    }

    /** The secret after "Bearer ", or null when there is none; any other scheme is malformed. */
    private static String bearerSecret(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] parts = header.trim().split("\\s+", 2);
        if (!parts[0].equalsIgnoreCase("Bearer")) {
            return "malformed";
        }
        return parts.length == 2 ? parts[1].trim() : null;
    }

    private static Response challenge(TokenRejectedException e) {
        String header = e.reason() == TokenRejectedException.Reason.MISSING
                ? REALM
                : REALM + ", error=\"invalid_token\", error_description=\"" + e.reason().description() + "\"";
        Problem problem = Problem.of(Response.Status.UNAUTHORIZED, e.reason().description());
        return Response.fromResponse(problem.toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, header).build();
    }

    private static Response forbidden(Scope scope) {
        Problem problem = Problem.of(Response.Status.FORBIDDEN,
                "the bearer token does not carry the scope " + scope.wireName());
        return Response.fromResponse(problem.toResponse()).header(HttpHeaders.WWW_AUTHENTICATE,
                REALM + ", error=\"insufficient_scope\", scope=\"" + scope.wireName() + "\"").build();
    }
}
