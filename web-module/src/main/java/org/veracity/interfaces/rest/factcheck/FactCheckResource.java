package org.veracity.interfaces.rest.factcheck;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.veracity.application.FactCheckService.Lease;
import org.veracity.application.FactCheckService;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;
import org.veracity.application.RatingCommand;
import org.veracity.domain.access.Scope;
import org.veracity.domain.factcheck.QueueFilter;
import org.veracity.domain.factcheck.Verdict;
import org.veracity.interfaces.rest.Conversions;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.VeracityApi;
import org.veracity.interfaces.rest.access.Caller;
import org.veracity.interfaces.rest.access.RequiresScope;

/** R7 for partners that integrate: their organisation's queue, claims and ratings (DESIGN §4). */
@Path("v1/factcheck")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
@RequiresScope(Scope.FACTCHECK_WRITE)
@Tag(name = "factcheck")
public class FactCheckResource {

    @Inject
    FactCheckService factChecking;

    @Inject
    Caller caller;

    /** The caller's organisation's queue, highest priority first; {@code cursor} is the opaque offset of the next page. */
    @GET
    @Path("queue")
    @Operation(operationId = "factCheckQueue", summary = "The caller's organisation's open queue",
            description = "Items waiting in the organisation's languages and regions, highest priority first, a page "
                    + "at a time; pass `nextCursor` back as `cursor` for the next page.")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "factcheck:write")
    @APIResponse(responseCode = "200", description = "One page of the queue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "QueuePage")))
    public QueueDocument queue(@Parameter(description = "Entries per page", example = "50")
                               @QueryParam("limit") @DefaultValue("50") int limit,
                               @Parameter(description = "The `nextCursor` of the previous page; absent for the first")
                               @QueryParam("cursor") String cursor) {
        int offset = cursor == null ? 0 : decode(cursor);
        FactCheckService.QueuePage page = factChecking.queue(QueueFilter.OPEN, offset, limit, caller.actor());
        QueueDocument doc = new QueueDocument();
        page.rows().forEach(r -> {
            QueueDocument.Entry e = new QueueDocument.Entry();
            e.id = r.contentId();
            e.domain = r.domain();
            e.excerpt = r.excerpt();
            e.language = r.language();
            e.region = r.region();
            e.route = r.route();
            e.status = r.status();
            e.priority = r.priority();
            e.issue = r.issue();
            e.claimedBy = r.claimedBy();
            e.leaseUntil = Conversions.text(r.leaseUntil());
            e.multiplier = r.multiplierNow();
            doc.items.add(e);
        });
        doc.total = page.total();
        if (offset + page.rows().size() < page.total()) {
            doc.nextCursor = Integer.toString(offset + page.rows().size(), 36);
        }
        return doc;
    }

    @POST
    @Path("queue/{itemId}/claim")
    @Operation(operationId = "claimQueueItem", summary = "Claim an item to rate it",
            description = "A lease of two hours for the calling fact-checker; one claimer wins among many (R7).")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "factcheck:write")
    @APIResponse(responseCode = "200", description = "The lease",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "Lease")))
    @APIResponse(responseCode = "409", ref = VeracityApi.CONFLICT)
    public LeaseDocument claim(@Parameter(description = "The queued item's content id", required = true,
                                          example = "post-8841")
                               @PathParam("itemId") String itemId) {
        Lease lease = factChecking.claim(itemId, caller.actor());
        LeaseDocument doc = new LeaseDocument();
        doc.id = lease.contentId();
        doc.claimedBy = lease.claimedBy();
        doc.leaseUntil = Conversions.text(lease.leaseUntil());
        return doc;
    }

    @POST
    @Path("queue/{itemId}/release")
    @Operation(operationId = "releaseQueueItem", summary = "Give a claimed item back to the queue")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "factcheck:write")
    @APIResponse(responseCode = "200", description = "The item is back in the queue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "Lease")))
    @APIResponse(responseCode = "409", ref = VeracityApi.CONFLICT)
    public LeaseDocument release(@Parameter(description = "The claimed item's content id", required = true,
                                            example = "post-8841")
                                 @PathParam("itemId") String itemId) {
        factChecking.release(itemId, caller.actor());
        LeaseDocument doc = new LeaseDocument();
        doc.id = itemId;
        return doc;
    }

    @POST
    @Path("queue/{itemId}/rating")
    @Operation(operationId = "rateQueueItem", summary = "Rate an item the caller holds",
            description = "Records the organisation's rating with its claim, article and summary; a FALSE or ALTERED "
                    + "rating demotes and labels the item, TRUE lifts the temporary demotion (R7, R8).")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "factcheck:write")
    @APIResponse(responseCode = "200", description = "The recorded rating",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "RatingResult")))
    @APIResponse(responseCode = "409", ref = VeracityApi.CONFLICT)
    public RatingDocument rate(@Parameter(description = "The claimed item's content id", required = true,
                                          example = "post-8841")
                               @PathParam("itemId") String itemId,
                               @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                       schema = @Schema(ref = "RatingBody"),
                                       examples = @ExampleObject(name = "false", value = RatingBody.EXAMPLE)))
                               RatingBody body) {
        RatingBody b = body == null ? new RatingBody() : body;
        List<FieldProblem> problems = new ArrayList<>();
        Verdict verdict = Conversions.enumValue("rating", b.rating, Verdict.class, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RatingDocument doc = new RatingDocument();
        doc.ratingId = factChecking.rate(itemId, new RatingCommand(verdict, b.claim, b.articleUrl, b.summary),
                caller.actor());
        doc.id = itemId;
        doc.rating = verdict.name();
        return doc;
    }

    /** A publisher's dispute of a rating, relayed by the integrator that serves the publisher (R7). */
    @POST
    @Path("ratings/{ratingId}/disputes")
    @RequiresScope(Scope.CONTENT_WRITE)
    @Tag(name = "factcheck")
    @Operation(operationId = "disputeRating", summary = "Relay a publisher's dispute of a rating",
            description = "Opens a dispute that the rating's organisation answers in the desk (R7).")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "content:write")
    @APIResponse(responseCode = "200", description = "The dispute, open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "DisputeResult")))
    @APIResponse(responseCode = "409", ref = VeracityApi.CONFLICT)
    public DisputeDocument dispute(@Parameter(description = "The rating's id, as `ratingId` of the rating answer",
                                           required = true, example = "17",
                                           schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                                   @PathParam("ratingId") long ratingId,
                                   @RequestBody(required = true, content = @Content(
                                           mediaType = MediaType.APPLICATION_JSON,
                                           schema = @Schema(ref = "DisputeBody"),
                                           examples = @ExampleObject(name = "dispute", value = "{\"publisher\":"
                                                   + "\"Daily Example\",\"statement\":\"The quote is complete in the "
                                                   + "original broadcast.\"}")))
                                   DisputeBody body) {
        DisputeBody b = body == null ? new DisputeBody() : body;
        DisputeDocument doc = new DisputeDocument();
        doc.disputeId = factChecking.dispute(ratingId, b.publisher, b.statement, caller.actor());
        doc.ratingId = ratingId;
        doc.status = "OPEN";
        return doc;
    }

    /** Items resembling ones the caller's organisation rated False/Altered, to confirm or reject as copies (issue 10). */
    @GET
    @Path("possible-copies")
    @Operation(operationId = "possibleCopies", summary = "Possible copies of the organisation's False/Altered ratings",
            description = "Items close to an item the caller's organisation rated False or Altered, but not close enough to take the rating by themselves; confirm or reject each (issue 10).")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "factcheck:write")
    @APIResponse(responseCode = "200", description = "Possible copies of the organisation's False/Altered ratings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PossibleCopies")))
    public PossibleCopiesDocument possibleCopies() {
        PossibleCopiesDocument doc = new PossibleCopiesDocument();
        factChecking.possibleCopies(caller.actor()).forEach(c -> {
            PossibleCopiesDocument.Entry e = new PossibleCopiesDocument.Entry();
            e.possibleCopyId = c.id();
            e.id = c.contentId();
            e.text = c.text();
            e.copyOf = c.originalId();
            e.rating = c.verdict();
            e.claim = c.claim();
            e.similarity = c.similarity();
            e.evidence = c.evidence();
            e.offeredAt = Conversions.text(c.offeredAt());
            doc.items.add(e);
        });
        return doc;
    }

    @POST
    @Path("possible-copies/{possibleCopyId}/confirm")
    @Operation(operationId = "confirmPossibleCopy", summary = "Confirm a possible copy",
            description = "The copy takes the original's rating effects (R7), with the evidence naming the original.")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "factcheck:write")
    @APIResponse(responseCode = "200", description = "Confirm a possible copy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CopyDecision")))
    @APIResponse(responseCode = "409", ref = VeracityApi.CONFLICT)
    public CopyDecisionDocument confirmCopy(@PathParam("possibleCopyId") long possibleCopyId) {
        CopyDecisionDocument doc = new CopyDecisionDocument();
        doc.possibleCopyId = possibleCopyId;
        doc.outcome = factChecking.confirmCopy(possibleCopyId, caller.actor());
        doc.status = "CONFIRMED";
        return doc;
    }

    @POST
    @Path("possible-copies/{possibleCopyId}/reject")
    @Operation(operationId = "rejectPossibleCopy", summary = "Reject a possible copy",
            description = "The item is not a copy; the decision sticks against later close matches.")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "factcheck:write")
    @APIResponse(responseCode = "200", description = "Reject a possible copy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CopyDecision")))
    @APIResponse(responseCode = "409", ref = VeracityApi.CONFLICT)
    public CopyDecisionDocument rejectCopy(@PathParam("possibleCopyId") long possibleCopyId) {
        factChecking.rejectCopy(possibleCopyId, caller.actor());
        CopyDecisionDocument doc = new CopyDecisionDocument();
        doc.possibleCopyId = possibleCopyId;
        doc.status = "REJECTED";
        return doc;
    }

    @XmlRootElement(name = "possibleCopies")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "PossibleCopies")
    public static class PossibleCopiesDocument {
        @XmlElement(name = "items")
        public List<Entry> items = new ArrayList<>();

        @XmlAccessorType(XmlAccessType.FIELD)
        @Schema(name = "PossibleCopy")
        public static class Entry {
            public long possibleCopyId;
            public String id;
            public String text;
            public String copyOf;
            public String rating;
            public String claim;
            public double similarity;
            public String evidence;
            public String offeredAt;
        }
    }

    @XmlRootElement(name = "copyDecision")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "CopyDecision")
    public static class CopyDecisionDocument {
        public long possibleCopyId;
        public String status;
        public String outcome;
    }

    @XmlRootElement(name = "dispute")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "DisputeBody", description = "A publisher's dispute of a rating")
    public static class DisputeBody {
        @Schema(description = "The publisher that disputes the rating", example = "Daily Example")
        public String publisher;
        @Schema(description = "Why the publisher thinks the rating is wrong")
        public String statement;
    }

    @XmlRootElement(name = "disputeResult")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "DisputeResult")
    public static class DisputeDocument {
        @Schema(example = "4")
        public long disputeId;
        @Schema(example = "17")
        public long ratingId;
        @Schema(description = "OPEN when opened; later CONFIRMED or CHANGED by the organisation", example = "OPEN")
        public String status;
    }

    private static int decode(String cursor) {
        try {
            return Integer.parseInt(cursor, 36);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new FieldProblem("cursor", "is not a cursor this API gave out")));
        }
    }

    @XmlRootElement(name = "rating")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "RatingBody", description = "A fact-checker's rating of a claimed item")
    public static class RatingBody {

        static final String EXAMPLE = "{\"rating\":\"FALSE\",\"claim\":\"Ballots were counted twice in Fulton "
                + "County\",\"articleUrl\":\"https://factcheck.example/fulton-ballots\",\"summary\":\"The "
                + "hand recount matched the machine count.\"}";

        @Schema(description = "The verdict", required = true, example = "FALSE", implementation = Verdict.class)
        public String rating;
        @Schema(description = "The claim that was checked", required = true,
                example = "Ballots were counted twice in Fulton County")
        public String claim;
        @Schema(description = "The fact-check article (an http or https URL)", required = true,
                example = "https://factcheck.example/fulton-ballots")
        public String articleUrl;
        @Schema(description = "What the evidence shows, in a sentence or two", required = true,
                example = "The hand recount matched the machine count.")
        public String summary;
    }

    @XmlRootElement(name = "ratingResult")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "RatingResult")
    public static class RatingDocument {
        @Schema(description = "The rated item's content id", example = "post-8841")
        public String id;
        @Schema(description = "The rating's id, for disputes", example = "17")
        public long ratingId;
        @Schema(example = "FALSE")
        public String rating;
    }

    @XmlRootElement(name = "lease")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "Lease")
    public static class LeaseDocument {
        @Schema(description = "The item's content id", example = "post-8841")
        public String id;
        @Schema(description = "The fact-checker holding the item; absent after a release", example = "checker-ana")
        public String claimedBy;
        @Schema(description = "When the lease lapses (ISO-8601); absent after a release",
                example = "2020-10-14T14:00:00Z")
        public String leaseUntil;
    }

    @XmlRootElement(name = "queue")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "QueuePage")
    public static class QueueDocument {
        @XmlElement(name = "items")
        public List<Entry> items = new ArrayList<>();
        @Schema(description = "Open entries in the whole queue", example = "120")
        public long total;
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page", example = "1e")
        public String nextCursor;

        @XmlAccessorType(XmlAccessType.FIELD)
        @Schema(name = "QueueEntry")
        public static class Entry {
            public String id;
            public String domain;
            public String excerpt;
            public String language;
            public String region;
            public String route;
            public String status;
            public double priority;
            public String issue;
            public String claimedBy;
            public String leaseUntil;
            public double multiplier;
        }
    }
}
