package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.veracity.domain.schedule.SlotClaim;

/**
 * Which instance of a cluster runs a scheduled job. Every instance's timer fires; each asks here
 * first, and only the first to claim the job's slot starts it, so a nightly job runs once a night
 * however many instances there are.
 */
public interface ScheduledRunService {

    /**
     * Claims the current slot of a scheduled job for {@code instance}: the hour its timer fired in, so
     * that instances whose clocks differ by seconds ask for the same one. True for exactly one caller
     * per job and slot, false for everyone else and for a slot not later than the last one claimed.
     */
    boolean claim(@NotBlank String jobName, @NotBlank String instance);

    /** The last slot claimed of each scheduled job that has run at least once, by job name. */
    Map<String, SlotClaim> lastClaims();
}
