package org.veracity.domain.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * R20's SLA clock: the first response is due {@code firstResponse} after receipt and the decision {@code decision}
 * after receipt (24 h and 72 h by default), an appeal's decision {@code decision} after the appeal. The clock runs
 * around the clock — no business hours, no weekends — and is computed on instants, so a change of daylight-saving
 * time neither adds nor removes an hour. A row is "due soon" within {@code warning} (2 h by default) of its due time.
 */
public record ServiceLevels(Duration firstResponse, Duration decision, Duration warning) {

    public static final ServiceLevels DEFAULT = new ServiceLevels(Duration.ofHours(24), Duration.ofHours(72),
            Duration.ofHours(2));

    public ServiceLevels {
        Objects.requireNonNull(firstResponse);
        Objects.requireNonNull(decision);
        Objects.requireNonNull(warning);
        if (firstResponse.isNegative() || firstResponse.isZero() || decision.compareTo(firstResponse) < 0
                || warning.isNegative()) {
            throw new IllegalArgumentException("service levels need 0 < first response <= decision and a warning >= 0");
        }
    }

    public Instant firstResponseDue(Instant receivedAt) {
        return receivedAt.plus(firstResponse);
    }

    public Instant decisionDue(Instant receivedAt) {
        return receivedAt.plus(decision);
    }

    public Instant appealDecisionDue(Instant appealedAt) {
        return appealedAt.plus(decision);
    }

    /** Whether {@code due} is not yet past at {@code now} but lies within the warning window. */
    public boolean dueSoon(Instant due, Instant now) {
        return !now.isAfter(due) && !now.plus(warning).isBefore(due);
    }

    /** Time left until {@code due}: negative once it has passed. */
    public static Duration remaining(Instant due, Instant now) {
        return Duration.between(now, due);
    }
}
