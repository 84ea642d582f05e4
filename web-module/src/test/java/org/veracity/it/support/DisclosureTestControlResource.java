package org.veracity.it.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.veracity.application.DeskUserService;
import org.veracity.application.DisclosureService;
import org.veracity.application.PoliticalAdService;
import org.veracity.domain.access.Actor;

/**
 * Test deployments only: R17's and R19's desk use cases as a named desk user calls them (the user's real roles
 * decide), so tests reach them over HTTP. Refusals answer as problem documents.
 */
@Path("test/r17")
@Produces(MediaType.TEXT_PLAIN)
public class DisclosureTestControlResource {

    @Inject
    DisclosureService disclosures;

    @Inject
    PoliticalAdService ads;

    @Inject
    DeskUserService users;

    /** An empty {@code from} means now. Answers the ban's id. */
    @POST
    @Path("political-ad-bans")
    public String ban(@FormParam("as") String as, @FormParam("region") String region, @FormParam("from") String from,
                      @FormParam("until") String until, @FormParam("reason") String reason) {
        return Long.toString(ads.ban(new PoliticalAdService.Ban(region, instant(from), instant(until), reason), actor(as)));
    }

    @POST
    @Path("disclosures")
    public String recordDisclosure(@FormParam("as") String as, @FormParam("itemId") String itemId) {
        disclosures.recordDisclosure(itemId, actor(as));
        return "disclosed";
    }

    /** Item ids separated by "|"; answers the ids asked now, separated by "|". */
    @POST
    @Path("disclosure-requests")
    public String requestDisclosure(@FormParam("as") String as, @FormParam("itemIds") String itemIds,
                                    @FormParam("reason") String reason) {
        List<String> ids = itemIds == null || itemIds.isBlank() ? List.of() : Arrays.asList(itemIds.split("\\|"));
        return String.join("|", disclosures.requestDisclosure(ids, actor(as), reason));
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow(() -> new IllegalArgumentException("no desk user " + username));
    }

    private static Instant instant(String text) {
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }
}
