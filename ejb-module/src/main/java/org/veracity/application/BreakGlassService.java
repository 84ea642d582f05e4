package org.veracity.application;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.veracity.domain.access.Actor;

/** R10: break-glass measures, prepared inactive and switched on and off only by a policy lead. */
public interface BreakGlassService {

    /** Every measure, active or not. */
    List<MeasureView> measures();

    /** Every activation of every measure, newest first: the public history. */
    List<ActivationView> history();

    /** Prepares a measure for an issue of importance; it starts inactive. */
    long prepare(@NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
                 @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String description,
                 @Min(value = 1, message = "choose an issue of importance") long issueId,
                 @NotNull Actor actor);

    void activate(@Min(value = 1, message = "choose a measure") long measureId,
                  @NotBlank(message = "say why the measure is switched on") @Size(max = 2000) String reason,
                  @NotNull Actor actor);

    void deactivate(@Min(value = 1, message = "choose a measure") long measureId,
                    @NotBlank(message = "say why the measure is switched off") @Size(max = 2000) String reason,
                    @NotNull Actor actor);

    /**
     * Issue 10: what the measure's approved entries would block and send to review among the content received in
     * the last {@code days} days, were the measure active; changes nothing but records that the dry run took place.
     */
    DryRunReport dryRun(@Min(value = 1, message = "choose a measure") long measureId, int days, @NotNull Actor actor);

    record MeasureView(long id, String name, String description, String issue, String policyCode, boolean active,
                       Instant activeSince, String preparedBy, Instant preparedAt) {
    }

    record ActivationView(long measureId, String measure, String issue, Instant activatedAt, String activatedBy,
                          String activationReason, Instant deactivatedAt, String deactivatedBy,
                          String deactivationReason) {
        public boolean open() {
            return deactivatedAt == null;
        }
    }
}
