package org.veracity.interfaces.rest.content;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
import org.veracity.application.ContentQueryService;
import org.veracity.application.IntakeService;
import org.veracity.domain.access.Scope;
import org.veracity.interfaces.rest.IntakeResults;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.VeracityApi;
import org.veracity.interfaces.rest.access.Caller;
import org.veracity.interfaces.rest.access.RequiresScope;

@Path("v1/content")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
@Tag(name = "content")
public class ContentResource {

    @Inject
    IntakeService intake;

    @Inject
    ContentQueryService queries;

    @Inject
    Caller caller;

    /** R1 intake: one result per item, in the order sent; a bad item never rejects the good ones. */
    @POST
    @RequiresScope(Scope.CONTENT_WRITE)
    @Operation(operationId = "submitContent", summary = "Submit a batch of content items",
            description = "Idempotent per item id: an id already stored answers DUPLICATE and changes nothing. Each "
                    + "item gets its own result, in the order sent; a bad item is REJECTED with field errors and "
                    + "never rejects the good ones (R1).")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "content:write")
    @APIResponse(responseCode = "200", description = "One result per item, in the order sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "IntakeResults")))
    public IntakeResults submit(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ContentBatch"),
            examples = @ExampleObject(name = "oneItem", value = ContentBatch.EXAMPLE))) ContentBatch batch) {
        List<ContentBatch.Item> items = batch == null ? null : batch.items;
        return IntakeResults.of(new BatchIntake<>(items, ContentBatch.Item::toSubmission, i -> i.id)
                .submitWith(valid -> intake.submitContent(valid, caller.actor())));
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scope.CONTENT_READ)
    @Operation(operationId = "getContent", summary = "What Veracity knows about one item",
            description = "The item as stored, its distribution now, prediction, queue state, treatments, ratings "
                    + "with their disputes, and its audited history.")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "content:read")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ContentDetail")))
    public ContentDetail get(@Parameter(description = "The item's id as the integrator sent it", required = true,
                                        example = "post-8841")
                             @PathParam("id") String id) {
        return queries.find(id).map(ContentDetail::of)
                .orElseThrow(() -> new NotFoundException("no content item " + id));
    }
}
