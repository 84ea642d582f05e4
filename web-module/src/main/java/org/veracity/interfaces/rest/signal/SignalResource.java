package org.veracity.interfaces.rest.signal;

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
import org.veracity.application.IntakeService;
import org.veracity.domain.access.Scope;
import org.veracity.interfaces.rest.IntakeResults;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.VeracityApi;
import org.veracity.interfaces.rest.access.Caller;
import org.veracity.interfaces.rest.access.RequiresScope;
import org.veracity.interfaces.rest.content.BatchIntake;

@Path("v1/signals")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
@Tag(name = "signals")
public class SignalResource {

    @Inject
    IntakeService intake;

    @Inject
    Caller caller;

    /** R1/R2: records signals and re-runs the predictor for every item they concern. */
    @POST
    @RequiresScope(Scope.SIGNALS_WRITE)
    @Operation(operationId = "submitSignals", summary = "Submit a batch of engagement signals",
            description = "Idempotent per signal id. Each signal gets its own result, in the order sent; every item a "
                    + "signal concerns is predicted again, which may enqueue and demote it (R1, R2).")
    @SecurityRequirement(name = VeracityApi.BEARER, scopes = "signals:write")
    @APIResponse(responseCode = "200", description = "One result per signal, in the order sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "IntakeResults")))
    public IntakeResults submit(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "SignalBatch"),
            examples = @ExampleObject(name = "twoSignals", value = SignalBatch.EXAMPLE))) SignalBatch batch) {
        return IntakeResults.of(new BatchIntake<>(batch == null ? null : batch.signals,
                SignalBatch.Item::toSubmission, i -> i.id)
                .submitWith(valid -> intake.submitSignals(valid, caller.actor())));
    }
}
