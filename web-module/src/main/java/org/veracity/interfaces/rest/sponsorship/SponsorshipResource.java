package org.veracity.interfaces.rest.sponsorship;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.veracity.application.DisclosureService;
import org.veracity.application.DisclosureService.SponsorshipRecord;
import org.veracity.application.DisclosureService.SponsorshipView;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;
import org.veracity.domain.access.Scope;
import org.veracity.interfaces.rest.Conversions;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.VeracityApi;
import org.veracity.interfaces.rest.access.Caller;
import org.veracity.interfaces.rest.access.RequiresScope;

/**
 * R17 over REST: a sponsor's registration of its paid posters (a campaign's own, arriving through the platform),
 * or evidence of payment. Recording it asks every covered, promoting, undisclosed post made so far to disclose.
 */
@Path("v1/sponsorships")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
@Tag(name = "sponsorships", description = "Paid relationships and the disclosure they require (R17)")
public class SponsorshipResource {

    static final String EXAMPLE = "{\"sponsor\":\"Mike Bloomberg 2020\",\"paidForBy\":\"Mike Bloomberg 2020, Inc.\","
            + "\"mentions\":[\"Mike Bloomberg\",\"#MikeWillGetItDone\"],\"accounts\":[\"organizer-1\",\"organizer-2\"],"
            + "\"from\":\"2020-01-01T00:00:00Z\",\"to\":\"2020-03-04T00:00:00Z\","
            + "\"evidence\":\"the campaign's registration of its digital organizers\"}";

    @Inject
    DisclosureService disclosures;

    @Inject
    Caller caller;

    @POST
    @RequiresScope(Scope.SPONSORSHIPS_WRITE)
    @Operation(operationId = "recordSponsorship", summary = "Record a paid relationship",
            description = "A sponsor registers its paid posters, or evidence of payment is recorded. Posts by those "
                    + "accounts within the period that promote the sponsor or its candidate (a mention, as whole "
                    + "words or a hashtag) and carry no `sponsor` disclosure get a disclosure request with a deadline, "
                    + "earlier posts included. A mention alone, by an account with no recorded relationship, never "
                    + "opens one (R17).")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "sponsorships:write")
    @APIResponse(responseCode = "201", description = "The sponsorship, with how many requests it opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SponsorshipDocument")))
    @APIResponse(responseCode = "422", ref = VeracityApi.UNPROCESSABLE)
    public Response record(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "SponsorshipBody"),
            examples = @ExampleObject(name = "campaign", value = EXAMPLE))) SponsorshipBody body) {
        if (body == null) {
            throw new InvalidInputException(List.of(new FieldProblem("sponsorship", "is required")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Instant from = body.from == null ? null : Conversions.instant("from", body.from, problems);
        Instant to = body.to == null || body.to.isBlank() ? null : Conversions.instant("to", body.to, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SponsorshipView recorded = disclosures.record(new SponsorshipRecord(body.sponsor, body.paidForBy,
                body.mentions, body.accounts, from, to, body.evidence), caller.actor());
        return Response.status(Response.Status.CREATED).entity(SponsorshipDocument.of(recorded)).build();
    }

    @XmlRootElement(name = "sponsorship")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "SponsorshipBody", description = "A paid relationship, from evidence",
            requiredProperties = {"sponsor", "paidForBy", "mentions", "accounts", "from", "evidence"})
    public static class SponsorshipBody {
        @Schema(description = "The campaign, party or brand that pays", example = "Mike Bloomberg 2020")
        public String sponsor;
        @Schema(description = "The name the disclosure label carries: \"Paid for by …\"",
                example = "Mike Bloomberg 2020, Inc.")
        public String paidForBy;
        @XmlElement(name = "mentions")
        @Schema(description = "Names and keywords of the sponsor and its candidate (whole words or hashtags)")
        public List<String> mentions = new ArrayList<>();
        @XmlElement(name = "accounts")
        @Schema(description = "Author ids of the paid posters")
        public List<String> accounts = new ArrayList<>();
        @Schema(description = "Start of the relationship (ISO 8601 instant)", example = "2020-01-01T00:00:00Z")
        public String from;
        @Schema(description = "End of the relationship, exclusive; absent while it lasts", example = "2020-03-04T00:00:00Z")
        public String to;
        @Schema(description = "The evidence of payment: its source, a note, a date",
                example = "the campaign's registration of its digital organizers")
        public String evidence;
    }

    @XmlRootElement(name = "sponsorship")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "SponsorshipDocument", description = "A recorded sponsorship")
    public static class SponsorshipDocument {
        @Schema(description = "The sponsorship's id", example = "17")
        public long id;
        public String sponsor;
        public String paidForBy;
        @XmlElement(name = "mentions")
        public List<String> mentions = new ArrayList<>();
        @XmlElement(name = "accounts")
        public List<String> accounts = new ArrayList<>();
        public String from;
        public String to;
        public String evidence;
        public String recordedAt;
        @Schema(description = "Disclosure requests opened now for posts already received", example = "25")
        public int requestsOpened;

        static SponsorshipDocument of(SponsorshipView v) {
            SponsorshipDocument d = new SponsorshipDocument();
            d.id = v.id();
            d.sponsor = v.sponsor();
            d.paidForBy = v.paidForBy();
            d.mentions.addAll(v.mentions());
            d.accounts.addAll(v.accounts());
            d.from = Conversions.text(v.from());
            d.to = Conversions.text(v.to());
            d.evidence = v.evidence();
            d.recordedAt = Conversions.text(v.recordedAt());
            d.requestsOpened = v.requestsOpened();
            return d;
        }
    }
}
