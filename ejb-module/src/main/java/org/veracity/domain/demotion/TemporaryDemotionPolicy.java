package org.veracity.domain.demotion;

import java.time.Duration;
import java.time.Instant;
import org.veracity.domain.content.ContentItem;

/**
 * R3: content waiting for fact-checkers is soft-demoted (0.5 by default) for exactly seven
 * days (168 h) from the prediction, then the demotion lapses by itself.
 */
public record TemporaryDemotionPolicy(Multiplier multiplier, Duration duration) {

    public TemporaryDemotionPolicy {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a temporary demotion lasts a positive time, was " + duration);
        }
    }

    public Demotion demote(ContentItem item, Instant from, String reason, String policyVersion) {
        return demote(item, from, null, reason, policyVersion);
    }

    /**
     * As {@link #demote(ContentItem, Instant, String, String)}, ending earlier when {@code until} comes first.
     * {@code policyVersion} is the version the caller found in force (R14): never fixed in configuration.
     */
    public Demotion demote(ContentItem item, Instant from, Instant until, String reason, String policyVersion) {
        Instant end = from.plus(duration);
        if (until != null && until.isBefore(end)) {
            if (!until.isAfter(from)) {
                throw new IllegalArgumentException("a demotion ends after it starts");
            }
            end = until;
        }
        return new Demotion(item, DemotionKind.TEMPORARY_PENDING_REVIEW, multiplier, from, end, reason, policyVersion);
    }
}
