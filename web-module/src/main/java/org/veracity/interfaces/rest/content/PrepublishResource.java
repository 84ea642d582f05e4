package org.veracity.interfaces.rest.content;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;
import org.veracity.application.PrepublishCheckService;
import org.veracity.domain.access.Scope;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.VeracityApi;
import org.veracity.interfaces.rest.access.RequiresScope;

/** R24: what intake would do with a post, asked before publishing; nothing is stored. */
@Path("v1/prepublish-check")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
@Tag(name = "prepublish")
public class PrepublishResource {

    @Inject
    PrepublishCheckService checks;

    @POST
    @RequiresScope(Scope.CONTENT_READ)
    @Operation(operationId = "prepublishCheck", summary = "What would intake do with this post",
            description = "Runs the intake screens (bans, removals, movements, suspensions, disclosure) on a post "
                    + "that is not published yet and answers OK, BLOCKED, NEEDS_DISCLOSURE or REMOVED with the "
                    + "reasons. Nothing is stored; the id is optional.")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "content:read")
    @APIResponse(responseCode = "200", description = "The decision intake would take",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "PrepublishAnswer")))
    public PrepublishAnswer check(@RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PrepublishItem"),
            examples = @ExampleObject(name = "post", value = ContentBatch.ITEM_EXAMPLE))) PrepublishItem item) {
        if (item == null) {
            throw new InvalidInputException(List.of(new FieldProblem("item", "is required")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        ContentSubmission submission = item.toSubmission(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return PrepublishAnswer.of(checks.check(submission));
    }
}
