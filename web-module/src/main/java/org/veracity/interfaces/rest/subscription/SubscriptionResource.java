package org.veracity.interfaces.rest.subscription;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.veracity.application.SubscriptionService;
import org.veracity.application.SubscriptionService.IssuedSubscription;
import org.veracity.application.SubscriptionService.SubscriptionView;
import org.veracity.domain.access.Scope;
import org.veracity.interfaces.rest.Conversions;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.VeracityApi;
import org.veracity.interfaces.rest.access.Caller;
import org.veracity.interfaces.rest.access.RequiresScope;

/**
 * R20: a partner organisation's (or system user's) webhook endpoints. Deliveries are signed with the secret in the
 * answer to POST (HMAC-SHA256 over {@code timestamp + "." + body}; docs/operations.md, "Notifications").
 */
@Path("v1/subscriptions")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
@RequiresScope(Scope.SUBSCRIPTIONS_WRITE)
@Tag(name = "subscriptions", description = "Webhook endpoints that receive signed notices (R20)")
public class SubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listSubscriptions", summary = "The caller's webhook subscriptions",
            description = "The subscriptions of the token's owner (an admin token: every one). Secrets are never listed.")
    @APIResponse(responseCode = "200", description = "The subscriptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubscriptionList")))
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "subscriptions:write")
    public SubscriptionList list() {
        SubscriptionList doc = new SubscriptionList();
        subscriptions.list(caller.actor()).forEach(s -> doc.items.add(SubscriptionDocument.of(s)));
        return doc;
    }

    @POST
    @Operation(operationId = "createSubscription", summary = "Subscribe a webhook endpoint to topics",
            description = "topics: item.treatment (every change of an item's treatment: removed, blocked, rated, demoted, "
                    + "labelled, restored) and escalation.status (the status changes of the caller's own escalations). "
                    + "The signing secret is in this answer and nowhere else.")
    @APIResponse(responseCode = "201", description = "The subscription, with its secret shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IssuedSubscription")))
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "subscriptions:write")
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "SubscriptionRequest"))) SubscriptionRequest body) {
        SubscriptionRequest b = body == null ? new SubscriptionRequest() : body;
        IssuedSubscription issued = subscriptions.create(b.url, b.topics, caller.actor());
        IssuedDocument doc = new IssuedDocument();
        SubscriptionDocument s = SubscriptionDocument.of(issued.subscription());
        doc.id = s.id;
        doc.owner = s.owner;
        doc.url = s.url;
        doc.topics = s.topics;
        doc.createdAt = s.createdAt;
        doc.secret = issued.secret();
        return Response.status(Response.Status.CREATED).entity(doc).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteSubscription", summary = "Delete a webhook subscription",
            description = "No new deliveries from now on; deliveries already queued still go out.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "subscriptions:write")
    public Response delete(@Parameter(description = "The subscription's id", required = true) @PathParam("id") long id) {
        subscriptions.delete(id, caller.actor());
        return Response.noContent().build();
    }

    @XmlRootElement(name = "subscriptionRequest")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "SubscriptionRequest")
    public static class SubscriptionRequest {
        @Schema(description = "The endpoint (http or https) that receives the POSTs", example = "https://partner.example/veracity-hook")
        public String url;
        @XmlElement(name = "topics")
        @Schema(description = "item.treatment, escalation.status")
        public List<String> topics = new ArrayList<>();
    }

    @XmlRootElement(name = "issuedSubscription")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "IssuedSubscription")
    public static class IssuedDocument {
        public long id;
        public String owner;
        public String url;
        @XmlElement(name = "topics")
        public List<String> topics = new ArrayList<>();
        public String createdAt;
        /** The HMAC-SHA256 key that signs every delivery, shown this once. */
        public String secret;
    }

    @XmlRootElement(name = "subscriptions")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "SubscriptionList")
    public static class SubscriptionList {
        @XmlElement(name = "items")
        public List<SubscriptionDocument> items = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "Subscription")
    public static class SubscriptionDocument {
        public long id;
        public String owner;
        public String url;
        @XmlElement(name = "topics")
        public List<String> topics = new ArrayList<>();
        public String createdAt;

        static SubscriptionDocument of(SubscriptionView s) {
            SubscriptionDocument d = new SubscriptionDocument();
            d.id = s.id();
            d.owner = s.owner();
            d.url = s.url();
            d.topics = new ArrayList<>(s.topics());
            d.createdAt = Conversions.text(s.createdAt());
            return d;
        }
    }
}
