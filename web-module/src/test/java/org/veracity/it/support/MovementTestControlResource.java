package org.veracity.it.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.veracity.application.DeskUserService;
import org.veracity.application.MovementService;
import org.veracity.application.SuspensionService;
import org.veracity.domain.access.Actor;

/**
 * Test deployments only: R16's use cases as a named desk user calls them (the user's real roles decide), so
 * tests reach designations and suspensions over HTTP. Refusals answer as problem documents.
 */
@Path("test/r16")
@Produces(MediaType.TEXT_PLAIN)
public class MovementTestControlResource {

    @Inject
    MovementService movements;

    @Inject
    SuspensionService suspensions;

    @Inject
    DeskUserService users;

    /** Lists are separated by "|"; an empty {@code effectiveFrom} means now. Answers the movement's id. */
    @POST
    @Path("movements")
    public String designate(@FormParam("as") String as, @FormParam("name") String name,
                            @FormParam("description") String description, @FormParam("groups") String groups,
                            @FormParam("hashtags") String hashtags, @FormParam("phrases") String phrases,
                            @FormParam("banAllContent") boolean banAllContent,
                            @FormParam("effectiveFrom") String effectiveFrom) {
        return Long.toString(movements.designate(new MovementService.Designation(name, description, list(groups),
                list(hashtags), list(phrases), banAllContent, instant(effectiveFrom)), actor(as)));
    }

    @POST
    @Path("movements/{id}/revoke")
    public String revoke(@PathParam("id") long id, @FormParam("as") String as, @FormParam("reason") String reason) {
        movements.revoke(id, reason, actor(as));
        return "revoked";
    }

    @POST
    @Path("suspensions")
    public String suspend(@FormParam("as") String as, @FormParam("authorId") String authorId,
                          @FormParam("until") String until, @FormParam("permanent") boolean permanent,
                          @FormParam("reason") String reason) {
        return Long.toString(suspensions.suspend(new SuspensionService.Suspension(authorId, null, instant(until),
                permanent, reason), actor(as)));
    }

    @POST
    @Path("suspensions/{id}/lift")
    public String lift(@PathParam("id") long id, @FormParam("as") String as, @FormParam("reason") String reason) {
        suspensions.lift(id, reason, actor(as));
        return "lifted";
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow(() -> new IllegalArgumentException("no desk user " + username));
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split("\\|"));
    }

    private static Instant instant(String text) {
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }
}
