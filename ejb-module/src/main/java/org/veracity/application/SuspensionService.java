package org.veracity.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.veracity.domain.access.Actor;

/** R16: specialists suspend accounts for a period or permanently, and may lift a suspension early. */
public interface SuspensionService {

    /** Suspends an author's account; answers the suspension's id. */
    long suspend(@NotNull @Valid Suspension suspension, @NotNull Actor actor);

    void lift(@Min(1) long suspensionId, @NotBlank(message = "is required") @Size(max = 1000) String reason,
              @NotNull Actor actor);

    /** The most recent suspensions, newest first. */
    List<SuspensionView> suspensions();

    /**
     * What a specialist fills in: {@code startsAt} empty means now (never in the past); either {@code until}
     * (exclusive) or {@code permanent}.
     */
    record Suspension(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String authorId,
            Instant startsAt,
            Instant until,
            boolean permanent,
            @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String reason) {
    }

    record SuspensionView(long id, String authorId, Instant startsAt, Instant endsAt, boolean permanent, String reason,
                          String suspendedBy, Instant suspendedAt, Instant liftedAt, String liftedBy,
                          String liftReason, boolean inForce, boolean liftable) {
    }
}
