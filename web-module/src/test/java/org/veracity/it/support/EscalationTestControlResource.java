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

    @Inject
    org.veracity.infrastructure.persistence.SharedSigningKeys sharedKeys;

    @jakarta.persistence.PersistenceContext(unitName = "veracity")
    jakarta.persistence.EntityManager em;

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

    /** A further token of an existing reporter with these scopes (comma-separated), e.g. to subscribe webhooks. */
    @POST
    @Path("reporters/tokens")
    public String reporterToken(@FormParam("name") String name, @FormParam("scopes") String scopes) {
        EnumSet<Scope> chosen = EnumSet.noneOf(Scope.class);
        for (String s : scopes.split(",")) {
            chosen.add(Scope.fromWireName(s.strip()).orElseThrow(() -> new IllegalArgumentException("no scope " + s)));
        }
        return tokens.issue("r20t-" + name.hashCode() + "-" + System.nanoTime(), name, chosen, null, ADMIN).secret();
    }

    @POST
    @Path("escalations/{id}/request-information")
    public String requestInformation(@PathParam("id") String id, @FormParam("as") String as,
                                     @FormParam("question") String question) {
        escalations.requestInformation(id, question, actor(as));
        return "asked";
    }

    /** One run of the breach sweep, as the minute timer runs it; answers how many breaches it recorded. */
    @POST
    @Path("breaches/sweep")
    public String sweep() {
        return Integer.toString(escalations.recordBreaches());
    }

    /** The audit actions chained for one escalation, oldest first, joined by ",". */
    @GET
    @Path("audit/{id}")
    public String audited(@PathParam("id") String id) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select action from audit_event where subject_type = 'ESCALATION'"
                + " and subject_id = ?1 order by seq").setParameter(1, id).getResultList();
        return rows.stream().map(Object::toString).collect(java.util.stream.Collectors.joining(","));
    }

    /** A public report with a form ticket issued earlier; answers "trackingId key" (the status link's secret). */
    @POST
    @Path("public-report")
    public String publicReport(@FormParam("ticket") String ticket, @FormParam("email") String email,
                               @FormParam("item") String item, @FormParam("policy") String policy) {
        EscalationService.Receipt r = escalations.reportPublicly(new EscalationService.PublicReport(email, List.of(item),
                policy, "A video recruiting an army for election day"), ticket, "");
        return r.trackingId() + " " + r.key();
    }

    /** A ticket of the running application's public form. */
    @GET
    @Path("form-ticket")
    public String formTicket() {
        return escalations.publicFormTicket();
    }

    /**
     * Checks a ticket with a second PublicFormTickets, as another instance (or this one after a restart) builds it:
     * from the key stored in the database. Answers "accepted" or the refusal; {@code age} seconds after issue.
     */
    @GET
    @Path("form-ticket/check")
    public String checkTicket(@jakarta.ws.rs.QueryParam("ticket") String ticket) {
        org.veracity.application.internal.PublicFormTickets other =
                new org.veracity.application.internal.PublicFormTickets(sharedKeys.keyFor("public-form"));
        java.time.Instant shown = java.time.Instant.ofEpochSecond(Long.parseLong(ticket.substring(0, ticket.indexOf('.'))));
        String refusal = other.whyRefused(ticket, shown.plusSeconds(10),
                new org.veracity.domain.escalation.PublicFormLimits(3, 5));
        return refusal == null ? "accepted" : refusal;
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
