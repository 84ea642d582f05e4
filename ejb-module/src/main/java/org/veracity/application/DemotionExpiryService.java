package org.veracity.application;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * Records lapsed demotions as closed, with an audit event each. Whether a demotion is in force never
 * depends on this (R3 holds to the second anyway); it keeps the record and the hot tables tidy.
 */
public interface DemotionExpiryService {

    /**
     * Ids of demotions in {@code share} that had lapsed by {@code asOf} and are not yet closed, after
     * {@code afterId}, in id order.
     */
    List<Long> lapsedAfter(@NotNull Instant asOf, @NotNull ExpiryShare share, long afterId, @Min(1) int limit);

    /** Closes those of the given demotions that are still unclosed; answers how many this call closed. */
    int close(@NotNull List<Long> demotionIds, @NotNull Instant asOf);

    long countLapsedUnclosed(@NotNull Instant asOf);

    /** How many demotions were closed with this cut-off: how far the run (and its restarts) that uses it got. */
    long countClosedAsOf(@NotNull Instant asOf);
}
