package org.veracity.domain.demotion;

import java.time.Duration;
import java.time.Instant;
import org.veracity.domain.content.ContentItem;

/**
 * R3: content waiting for fact-checkers is soft-demoted (0.5 by default) for exactly seven
 * days (168 h) from the prediction, then the demotion lapses by itself.
 */
public record TemporaryDemotionPolicy(Multiplier multiplier, Duration duration, String policyVersion) {

    public TemporaryDemotionPolicy {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a temporary demotion lasts a positive time, was " + duration);
        }
    }

    public Demotion demote(ContentItem item, Instant from, String reason) {
        return new Demotion(item, DemotionKind.TEMPORARY_PENDING_REVIEW, multiplier, from, from.plus(duration),
                reason, policyVersion);
    }
}
