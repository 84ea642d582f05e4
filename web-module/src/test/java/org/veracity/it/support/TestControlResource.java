package org.veracity.it.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.veracity.application.DeskUserService;
import org.veracity.application.TokenService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;
import org.veracity.domain.access.Scope;

/** Test deployments only: sets the clock and creates the tokens and desk users a test needs. */
@Path("test")
@Produces(MediaType.TEXT_PLAIN)
public class TestControlResource {

    private static final Actor TESTS = new Actor("integration-tests", Set.of(Role.ADMIN));

    @Inject
    AdjustableClock clock;

    @Inject
    TokenService tokens;

    @Inject
    DeskUserService users;

    @POST
    @Path("clock")
    public String fixClock(@FormParam("at") String at) {
        if (at == null || at.isBlank()) {
            clock.reset();
            return "system";
        }
        clock.fixAt(Instant.parse(at));
        return at;
    }

    /** Issues a token; answers its secret. {@code hours} empty makes it permanent. */
    @POST
    @Path("tokens")
    public String issue(@FormParam("name") String name, @FormParam("scopes") String scopes,
                        @FormParam("hours") Integer hours) {
        Set<Scope> set = Arrays.stream(scopes.split(",")).map(s -> Scope.fromWireName(s.trim()).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
        return tokens.issue(name, "tests", set, hours == null ? null : Duration.ofHours(hours), TESTS).secret();
    }

    @POST
    @Path("tokens/{name}/revoke")
    public String revoke(@PathParam("name") String name) {
        tokens.revoke(name, TESTS);
        return "revoked";
    }

    @POST
    @Path("users")
    public String createUser(@FormParam("username") String username, @FormParam("password") String password,
                             @FormParam("role") String role) {
        users.create(username, username, password, EnumSet.of(Role.valueOf(role)), null, false, TESTS);
        return username;
    }
}
