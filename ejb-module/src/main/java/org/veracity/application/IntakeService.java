package org.veracity.application;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.veracity.domain.access.Actor;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.domain.signal.SignalSubmission;

/**
 * R1 intake. Each batch is answered item by item: an invalid item is rejected with its field
 * problems while the valid ones are stored, and sending the same item or signal again changes
 * nothing. Signals re-run the predictor (R2), which may enqueue and soft-demote (R3).
 */
public interface IntakeService {

    int MAX_BATCH = 1000;

    List<IntakeResult> submitContent(
            @NotNull(message = "is required") @NotEmpty(message = "must hold at least one item")
            @Size(max = MAX_BATCH, message = "must hold at most 1000 items") List<ContentSubmission> items,
            @NotNull Actor actor);

    List<IntakeResult> submitSignals(
            @NotNull(message = "is required") @NotEmpty(message = "must hold at least one signal")
            @Size(max = MAX_BATCH, message = "must hold at most 1000 signals") List<SignalSubmission> signals,
            @NotNull Actor actor);
}
