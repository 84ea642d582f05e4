package org.veracity.interfaces.rest.distribution;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.veracity.application.DistributionService;
import org.veracity.domain.access.Scope;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.VeracityApi;
import org.veracity.interfaces.rest.access.RequiresScope;

@Path("v1/distribution")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
@Tag(name = "distribution")
public class DistributionResource {

    @Inject
    DistributionService distribution;

    /** R22: the feed ranking system's question, for up to 1,000 ids at a time. */
    @POST
    @RequiresScope(Scope.DISTRIBUTION_READ)
    @Operation(operationId = "distribution", summary = "How far may these items be distributed now",
            description = "For up to 1,000 ids: the ranking multiplier, whether the item may be recommended and carry "
                    + "ads, its labels and the reasons, in the order asked. An unknown id answers multiplier 1 with "
                    + "no labels (R22).")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "distribution:read")
    @APIResponse(responseCode = "200", description = "One answer per id, in the order asked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "DistributionAnswers")))
    public DistributionItems answer(@RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DistributionRequest"),
            examples = @ExampleObject(name = "twoIds", value = "{\"ids\":[\"post-8841\",\"post-8842\"]}")))
                                    DistributionRequest request) {
        return DistributionItems.of(distribution.answer(request == null ? null : request.ids));
    }
}
