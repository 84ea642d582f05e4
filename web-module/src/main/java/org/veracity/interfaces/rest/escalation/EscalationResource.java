package org.veracity.interfaces.rest.escalation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.veracity.application.EscalationService;
import org.veracity.application.EscalationService.EscalationView;
import org.veracity.application.EscalationService.Receipt;
import org.veracity.domain.access.Scope;
import org.veracity.domain.escalation.DecisionAction;
import org.veracity.domain.escalation.EscalationStatus;
import org.veracity.interfaces.rest.Conversions;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.VeracityApi;
import org.veracity.interfaces.rest.access.Caller;
import org.veracity.interfaces.rest.access.RequiresScope;

/** R20 for partner organisations: report items that break a policy, follow the escalation, appeal once. */
@Path("v1/escalations")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
@RequiresScope(Scope.ESCALATIONS_WRITE)
@Tag(name = "escalations")
public class EscalationResource {

    @Inject
    EscalationService escalations;

    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "reportEscalation", summary = "Report items that break a policy",
            description = "The reporter is the token's partner organisation. Items are platform content ids or URLs; "
                    + "items Veracity has not seen are taken in. Answers the tracking id at once with the SLA clock: "
                    + "first response and decision due (R20).")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "escalations:write")
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Escalation")))
    public Response report(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "EscalationReport"),
            examples = @ExampleObject(name = "army", value = EscalationBody.EXAMPLE))) EscalationBody body) {
        EscalationBody b = body == null ? new EscalationBody() : body;
        Receipt receipt = escalations.report(new EscalationService.Report(b.items, b.policy, b.description, b.contact),
                caller.actor());
        return Response.status(Response.Status.CREATED)
                .entity(EscalationDocument.of(escalations.get(receipt.trackingId(), caller.actor()), false)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEscalation", summary = "One of the caller's escalations, with its history",
            description = "Status, due times, history and, once decided, the decision: action, policy version, "
                    + "rationale (R20).")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "escalations:write")
    @APIResponse(responseCode = "200", description = "The escalation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Escalation")))
    public EscalationDocument get(@Parameter(description = "The tracking id", required = true, example = "ESC-7KQ2M9TXHP")
                                  @PathParam("id") String id) {
        return EscalationDocument.of(escalations.get(id, caller.actor()), true);
    }

    @POST
    @Path("{id}/appeal")
    @Operation(operationId = "appealEscalation", summary = "Appeal a decision, once",
            description = "Another specialist than the one who decided decides the appeal (R20).")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "escalations:write")
    @APIResponse(responseCode = "200", description = "The escalation, appealed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Escalation")))
    @APIResponse(responseCode = "409", ref = VeracityApi.CONFLICT)
    public EscalationDocument appeal(@Parameter(description = "The tracking id", required = true, example = "ESC-7KQ2M9TXHP")
                                     @PathParam("id") String id,
                                     @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                             schema = @Schema(ref = "EscalationAppeal"))) AppealBody body) {
        escalations.appeal(id, body == null ? null : body.reason, caller.actor());
        return EscalationDocument.of(escalations.get(id, caller.actor()), true);
    }

    @POST
    @Path("{id}/information")
    @Operation(operationId = "answerEscalationQuestion", summary = "Answer a request for information",
            description = "When a specialist asked for information (status INFORMATION_REQUESTED), the reporting "
                    + "organisation answers with a text and, optionally, further items (taken in like a report's). "
                    + "The escalation goes back to the specialists' queue as INFORMATION_SUPPLIED; the decision clock, "
                    + "stopped while the reporter was asked, runs again and its due time moves later by the wait (R20). "
                    + "Answering when nothing was asked is a 409.")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "escalations:write")
    @APIResponse(responseCode = "200", description = "The escalation, answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Escalation")))
    @APIResponse(responseCode = "409", ref = VeracityApi.CONFLICT)
    public EscalationDocument answer(@Parameter(description = "The tracking id", required = true, example = "ESC-7KQ2M9TXHP")
                                     @PathParam("id") String id,
                                     @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                             schema = @Schema(ref = "EscalationAnswer"),
                                             examples = @ExampleObject(name = "precincts", value = AnswerBody.EXAMPLE)))
                                     AnswerBody body) {
        AnswerBody b = body == null ? new AnswerBody() : body;
        return EscalationDocument.of(escalations.supplyInformation(id, new EscalationService.Answer(b.text, b.items),
                caller.actor()), true);
    }

    @XmlRootElement(name = "escalationReport")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "EscalationReport", description = "Items the reporter believes break a policy")
    public static class EscalationBody {

        static final String EXAMPLE = "{\"items\":[\"video-army-2020\",\"https://video.example/watch?v=army\"],"
                + "\"policy\":\"militarized-language-polling-places\",\"description\":\"A video recruiting an army "
                + "of poll watchers for election day\",\"contact\":\"digital@campaign.example\"}";

        @XmlElement(name = "items")
        @Schema(description = "Platform content ids or URLs (1-50)", required = true)
        public List<String> items = new ArrayList<>();
        @Schema(description = "The code of the policy believed broken, from the policy catalogue", required = true,
                example = "militarized-language-polling-places")
        public String policy;
        @Schema(description = "What is wrong, in the reporter's words", required = true,
                example = "A video recruiting an army of poll watchers for election day")
        public String description;
        @Schema(description = "Who to contact at the reporting organisation", example = "digital@campaign.example")
        public String contact;
    }

    @XmlRootElement(name = "escalationAppeal")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "EscalationAppeal", description = "Why the decision should be reconsidered")
    public static class AppealBody {
        @Schema(description = "The reason, read by the specialist who decides the appeal", required = true,
                example = "The video was reposted with an explicit call to bring weapons")
        public String reason;
    }

    @XmlRootElement(name = "escalationAnswer")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "EscalationAnswer", description = "The reporter's answer to a request for information")
    public static class AnswerBody {

        static final String EXAMPLE = "{\"text\":\"The video names precincts 4 and 9; it was reposted here:\","
                + "\"items\":[\"https://video.example/watch?v=army-repost\"]}";

        @Schema(description = "The answer, read by the specialists (at most 4000 characters)", required = true,
                example = "The video names precincts 4 and 9")
        public String text;
        @XmlElement(name = "items")
        @Schema(description = "Further platform content ids or URLs (0-50), added to the escalation's items")
        public List<String> items = new ArrayList<>();
    }

    @XmlRootElement(name = "escalation")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "Escalation", description = "An escalation with its SLA clock, history and decision")
    public static class EscalationDocument {
        @Schema(description = "The tracking id", required = true, example = "ESC-7KQ2M9TXHP")
        public String id;
        @Schema(description = "Where it stands", required = true, example = "RECEIVED", implementation = EscalationStatus.class)
        public String status;
        @Schema(description = "When the first response is due", required = true, example = "2026-11-03T10:00:00Z")
        public String firstResponseDue;
        @Schema(description = "When the decision is due", required = true, example = "2026-11-05T10:00:00Z")
        public String decisionDue;
        @Schema(description = "When an appeal's decision is due", example = "2026-11-08T10:00:00Z")
        public String appealDecisionDue;
        @Schema(description = "The escalation it was merged into, if a duplicate", example = "ESC-3MNP4QRS5T")
        public String mergedInto;
        @XmlElement(name = "history")
        @Schema(description = "Every status change, oldest first")
        public List<HistoryDocument> history = new ArrayList<>();
        @Schema(description = "The decision, once decided")
        public DecisionDocument decision;

        static EscalationDocument of(EscalationView v, boolean withHistory) {
            EscalationDocument d = new EscalationDocument();
            d.id = v.trackingId();
            d.status = v.status().name();
            d.firstResponseDue = Conversions.text(v.firstResponseDue());
            d.decisionDue = Conversions.text(v.decisionDue());
            d.appealDecisionDue = Conversions.text(v.appealDecisionDue());
            d.mergedInto = v.mergedInto();
            if (withHistory) {
                v.history().forEach(h -> {
                    HistoryDocument e = new HistoryDocument();
                    e.at = Conversions.text(h.at());
                    e.status = h.status().name();
                    e.by = h.by();
                    e.note = h.note();
                    d.history.add(e);
                });
            }
            if (v.decision() != null) {
                DecisionDocument dd = new DecisionDocument();
                dd.action = v.decision().action().name();
                dd.policyVersion = v.decision().policyVersion();
                dd.rationale = v.decision().rationale();
                dd.items = new ArrayList<>(v.decision().itemOutcomes());
                dd.policyProposal = v.decision().policyProposal();
                dd.proposalLinkedVersion = v.decision().proposalLinkedVersion();
                dd.decidedAt = Conversions.text(v.decision().decidedAt());
                d.decision = dd;
            }
            return d;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "EscalationHistoryEntry", description = "One status change")
    public static class HistoryDocument {
        @Schema(description = "When", required = true, example = "2026-11-02T10:00:00Z")
        public String at;
        @Schema(description = "The status it moved to", required = true, example = "ACKNOWLEDGED",
                implementation = EscalationStatus.class)
        public String status;
        @Schema(description = "reporter, specialist or policy lead", required = true, example = "specialist")
        public String by;
        @Schema(description = "What was said", example = "acknowledged")
        public String note;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "EscalationDecision", description = "What was decided, under which policy version, and why")
    public static class DecisionDocument {
        @Schema(description = "The action taken", required = true, example = "REMOVED", implementation = DecisionAction.class)
        public String action;
        @Schema(description = "The policy version the decision cites", required = true,
                example = "militarized-language-polling-places@v1")
        public String policyVersion;
        @Schema(description = "Why, for the reporter", required = true, example = "The video calls for an armed presence at polling places.")
        public String rationale;
        @XmlElement(name = "items")
        @Schema(description = "What was done with each item")
        public List<String> items = new ArrayList<>();
        @Schema(description = "The policy change proposed when the policy did not cover the case")
        public String policyProposal;
        @Schema(description = "The policy version published after the proposal", example = "militarized-language-polling-places@v2")
        public String proposalLinkedVersion;
        @Schema(description = "When it was decided", required = true, example = "2026-11-03T09:00:00Z")
        public String decidedAt;
    }
}
