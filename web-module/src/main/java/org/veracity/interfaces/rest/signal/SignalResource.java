package org.veracity.interfaces.rest.signal;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.veracity.application.IntakeService;
import org.veracity.domain.access.Scope;
import org.veracity.interfaces.rest.IntakeResults;
import org.veracity.interfaces.rest.Problem;
import org.veracity.interfaces.rest.access.Caller;
import org.veracity.interfaces.rest.access.RequiresScope;
import org.veracity.interfaces.rest.content.BatchIntake;

@Path("v1/signals")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, Problem.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class SignalResource {

    @Inject
    IntakeService intake;

    @Inject
    Caller caller;

    /** R1/R2: records signals and re-runs the predictor for every item they concern. */
    @POST
    @RequiresScope(Scope.SIGNALS_WRITE)
    public IntakeResults submit(SignalBatch batch) {
        return IntakeResults.of(new BatchIntake<>(batch == null ? null : batch.signals,
                SignalBatch.Item::toSubmission, i -> i.id)
                .submitWith(valid -> intake.submitSignals(valid, caller.actor())));
    }
}
