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
import java.util.Set;
import java.util.stream.Collectors;
import org.veracity.application.BreakGlassService;
import org.veracity.application.IssueService;
import org.veracity.application.RfhService;
import org.veracity.application.RfhService.Nomination;
import org.veracity.domain.rfh.Severity;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;

/** Test deployments only: prepares the issue and the inactive break-glass measure an RFH test starts from. */
@Path("test/rfh")
@Produces(MediaType.TEXT_PLAIN)
public class RfhTestControlResource {

    private static final Actor PREPARER = new Actor("test-policy-preparer", Set.of(Role.POLICY_LEAD));

    @Inject
    IssueService issues;

    @Inject
    BreakGlassService breakGlass;

    @Inject
    RfhService rfh;

    /** Creates an issue of importance (regions US, topic politics) and an inactive measure for it; answers the measure id. */
    @POST
    @Path("measures")
    public String prepareMeasure(@FormParam("name") String name) {
        long issue = issues.create("Issue for " + name, List.of("US"), List.of("politics", "us-2020-election"),
                List.of("election"), Instant.parse("2020-09-01T00:00:00Z"), null, PREPARER);
        return String.valueOf(breakGlass.prepare(name, "Test measure " + name, issue, PREPARER));
    }

    @POST
    @Path("measures/{id}/{action: activate|deactivate}")
    public String switchMeasure(@PathParam("id") long id, @PathParam("action") String action,
                                @FormParam("as") String as, @FormParam("role") String role) {
        if (action.equals("activate")) {
            breakGlass.activate(id, "test", actor(as, role));
        } else {
            breakGlass.deactivate(id, "test", actor(as, role));
        }
        return action + "d";
    }

    @POST
    @Path("entries")
    public String nominate(@FormParam("claim") String claim, @FormParam("measureId") long measureId,
                           @FormParam("evidence") String evidence, @FormParam("severity") String severity,
                           @FormParam("as") String as, @FormParam("role") String role) {
        return String.valueOf(rfh.nominate(new Nomination(claim, measureId, List.of(evidence.split(",")),
                Severity.valueOf(severity), "Undermines trust in the election and misleads voters.", List.of(),
                List.of()), actor(as, role)));
    }

    @POST
    @Path("entries/{id}/{action: approve|reject|retire}")
    public String decide(@PathParam("id") long id, @PathParam("action") String action, @FormParam("as") String as,
                         @FormParam("role") String role) {
        Actor actor = actor(as, role);
        switch (action) {
            case "approve" -> rfh.approve(id, "test", actor);
            case "reject" -> rfh.reject(id, "test", actor);
            default -> rfh.retire(id, "test", actor);
        }
        return action;
    }

    /** One line per match of the item: match id, tier, status, entry id, evidence. */
    @POST
    @Path("matches")
    public String matches(@FormParam("contentId") String contentId) {
        return rfh.matchesFor(contentId).stream().map(m -> m.id() + "|" + m.tier() + "|" + m.status() + "|"
                + m.entryId() + "|" + m.evidence()).collect(Collectors.joining("\n"));
    }

    @POST
    @Path("matches/{id}/{action: confirm|clear}")
    public String review(@PathParam("id") long id, @PathParam("action") String action, @FormParam("as") String as) {
        Actor specialist = actor(as, "SPECIALIST");
        if (action.equals("confirm")) {
            rfh.confirmBlock(id, "test", specialist);
        } else {
            rfh.clear(id, "not the hoax", specialist);
        }
        return action;
    }

    /** {@code role} may list several roles, comma-separated. */
    private static Actor actor(String name, String role) {
        return new Actor(name, Arrays.stream(role.split(",")).map(Role::valueOf).collect(Collectors.toSet()));
    }
}
