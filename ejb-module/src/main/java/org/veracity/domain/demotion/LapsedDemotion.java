package org.veracity.domain.demotion;

import java.time.Instant;

/** A demotion closed because its window ended (R3): what its audit event tells. */
public record LapsedDemotion(long id, String platformId, String kind, Multiplier multiplier, Instant endsAt,
                             String policyVersion) {
}
