package org.veracity.it.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.veracity.application.DeskUserService;
import org.veracity.application.EscalationService;
import org.veracity.application.FactCheckService;
import org.veracity.application.TokenService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;
import org.veracity.domain.access.Scope;
import org.veracity.domain.enforcement.RemovalCategory;
import org.veracity.domain.escalation.DecisionAction;
import org.veracity.domain.factcheck.OrganisationKind;
import org.veracity.domain.factcheck.SizeBand;

/**
 * Test deployments only: R20's set-up (a reporting organisation with its size band and an escalations token) and
 * its triage use cases as a named desk user calls them (the user's real roles decide); the notices counted.
 */
@Path("test/r20")
@Produces(MediaType.TEXT_PLAIN)
public class EscalationTestControlResource {

    private static final Actor ADMIN = new Actor("integration-tests", Set.of(Role.ADMIN));

    @Inject
    FactCheckService factChecking;

    @Inject
    EscalationService escalations;

    @Inject
    TokenService tokens;

    @Inject
    DeskUserService users;

    @Inject
    NoticeCounter notices;

    /** Creates a campaign of this size band and answers the secret of a token owned by it, scope escalations:write. */
    @POST
    @Path("reporters")
    public String reporter(@FormParam("name") String name, @FormParam("band") String band,
                           @FormParam("staff") String staff) {
        factChecking.createPartner(name, List.of("en"), List.of("us"), ADMIN);
        escalations.classifyPartner(name, OrganisationKind.CAMPAIGN, SizeBand.valueOf(band), staff, ADMIN);
        return tokens.issue("r20-" + name.hashCode() + "-" + System.nanoTime(), name,
                EnumSet.of(Scope.ESCALATIONS_WRITE), null, ADMIN).secret();
    }

    @POST
    @Path("escalations/{id}/acknowledge")
    public String acknowledge(@PathParam("id") String id, @FormParam("as") String as, @FormParam("note") String note) {
        escalations.acknowledge(id, note, actor(as));
        return "acknowledged";
    }

    /** {@code category} for a removal (a {@link RemovalCategory} name). */
    @POST
    @Path("escalations/{id}/decide")
    public String decide(@PathParam("id") String id, @FormParam("as") String as, @FormParam("action") String action,
                         @FormParam("category") String category, @FormParam("rationale") String rationale,
                         @FormParam("proposal") String proposal) {
        escalations.decide(id, new EscalationService.DecisionCommand(DecisionAction.valueOf(action),
                category == null || category.isBlank() ? null : RemovalCategory.valueOf(category), null, null, rationale,
                proposal), actor(as));
        return "decided";
    }

    /** The notices fired for this subject in committed transactions, "topic:STATUS" joined by ",". */
    @GET
    @Path("notices/{id}")
    public String notices(@PathParam("id") String id) {
        return String.join(",", notices.statusesOf(id));
    }

    @GET
    @Path("notices/{id}/recipients")
    public String recipients(@PathParam("id") String id) {
        return String.join(",", notices.recipientsOf(id));
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow(() -> new IllegalArgumentException("no desk user " + username));
    }
}
