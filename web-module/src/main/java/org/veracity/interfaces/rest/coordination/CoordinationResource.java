package org.veracity.interfaces.rest.coordination;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.veracity.application.CoordinationService;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;
import org.veracity.domain.access.Scope;
import org.veracity.domain.coordination.CaseStatus;
import org.veracity.interfaces.rest.Conversions;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.VeracityApi;
import org.veracity.interfaces.rest.access.Caller;
import org.veracity.interfaces.rest.access.RequiresScope;

/** R18 for integrators: coordination cases, newest first (DESIGN §4). */
@Path("v1/coordination")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Tag(name = "coordination")
public class CoordinationResource {

    @Inject
    CoordinationService coordination;

    @Inject
    Caller caller;

    @GET
    @Path("cases")
    @RequiresScope(Scope.CONTENT_READ)
    @Operation(operationId = "coordinationCases", summary = "Coordination cases, newest first",
            description = "Clusters of near-identical posts by 20 or more accounts within an hour (R18), with their "
                    + "accounts, posts, time span, shared text and the specialist's decision; a page at a time, pass "
                    + "`nextCursor` back as `cursor` for the next page.")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "content:read")
    @APIResponse(responseCode = "200", description = "One page of cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "CoordinationCases")))
    public CasesDocument cases(@Parameter(description = "Cases per page (1-100)", example = "20")
                               @QueryParam("limit") @DefaultValue("20") int limit,
                               @Parameter(description = "The `nextCursor` of the previous page; absent for the first")
                               @QueryParam("cursor") String cursor) {
        int offset = cursor == null ? 0 : decode(cursor);
        CoordinationService.CasePage page = coordination.cases(offset, limit, caller.actor());
        CasesDocument doc = new CasesDocument();
        for (CoordinationService.CaseView c : page.cases()) {
            CasesDocument.Case e = new CasesDocument.Case();
            e.id = c.id();
            e.status = c.status().name();
            e.accounts = new ArrayList<>(c.accountIds());
            e.items = new ArrayList<>(c.itemIds());
            e.firstAt = Conversions.text(c.firstAt());
            e.lastAt = Conversions.text(c.lastAt());
            e.text = c.text();
            e.openedAt = Conversions.text(c.openedAt());
            e.decidedAt = Conversions.text(c.decidedAt());
            e.policyVersion = c.policyVersion();
            e.joinedAfterDecision = new ArrayList<>(c.joinedAfterDecision());
            doc.items.add(e);
        }
        if (offset + page.cases().size() < page.total()) {
            doc.nextCursor = Integer.toString(offset + page.cases().size(), 36);
        }
        return doc;
    }

    private static int decode(String cursor) {
        try {
            int offset = Integer.parseInt(cursor, 36);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(List.of(new FieldProblem("cursor", "is not a cursor this API gave out")));
    }

    @XmlRootElement(name = "coordinationCases")
    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "CoordinationCases")
    public static class CasesDocument {
        @XmlElement(name = "items")
        public List<Case> items = new ArrayList<>();
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page", example = "14")
        public String nextCursor;

        @XmlAccessorType(XmlAccessType.FIELD)
        @Schema(name = "CoordinationCase")
        public static class Case {
            @Schema(example = "7")
            public long id;
            @Schema(description = "OPEN until a specialist decides; then DISMISSED, LABELLED or SUSPENDED",
                    example = "OPEN", implementation = CaseStatus.class)
            public String status;
            @Schema(description = "The distinct author ids that posted the text")
            @XmlElement(name = "accounts")
            public List<String> accounts = new ArrayList<>();
            @Schema(description = "The content ids of the case's posts, in time order")
            @XmlElement(name = "items")
            public List<String> items = new ArrayList<>();
            @Schema(description = "When the first post was made (ISO-8601)", example = "2020-02-20T15:00:00Z")
            public String firstAt;
            @Schema(description = "When the last post was made (ISO-8601)", example = "2020-02-20T15:40:00Z")
            public String lastAt;
            @Schema(description = "The shared text, as one of the posts wrote it",
                    example = "Mike is the only candidate who can beat Trump. Join the movement today!")
            public String text;
            @Schema(description = "When the case opened (ISO-8601)", example = "2020-02-20T15:38:00Z")
            public String openedAt;
            @Schema(description = "When a specialist decided it (ISO-8601); absent while open")
            public String decidedAt;
            @Schema(description = "The policy version the decision cited; absent while open",
                    example = "coordinated-behaviour@v1")
            public String policyVersion;
            @Schema(description = "The accounts whose first post joined the case after the specialist decided it, so "
                    + "the decision did not act on them: a suspended case's newcomers are labelled, not suspended, "
                    + "and are left for a specialist (R16). Absent or empty while open and when none joined later",
                    example = "[\"organiser-31\"]")
            @XmlElement(name = "joinedAfterDecision")
            public List<String> joinedAfterDecision = new ArrayList<>();
        }
    }
}
