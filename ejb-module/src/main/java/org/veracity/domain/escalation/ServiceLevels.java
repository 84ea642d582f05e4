package org.veracity.domain.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * R20's SLA clock: the first response is due {@code firstResponse} after receipt and the decision {@code decision}
 * after receipt (24 h and 72 h by default), an appeal's decision {@code decision} after the appeal. The clock runs
 * around the clock — no business hours, no weekends — and is computed on instants, so a change of daylight-saving
 * time neither adds nor removes an hour. A row is "due soon" within {@code warning} (2 h by default) of its due time.
 *
 * <p>While the reporter is asked for information the decision clock stands still: the wait is the reporter's, not
 * Veracity's, so when the reporter answers (or a specialist decides without the answer) the decision due time moves
 * later by exactly the time waited, and no decision breach can happen during the wait. A wait that begins after the
 * decision was already due does not undo that breach. The first response is already given when information is asked.
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

    /** The due time once a wait for the reporter from {@code askedAt} ended at {@code endedAt}: later by the wait. */
    public static Instant dueAfterWait(Instant due, Instant askedAt, Instant endedAt) {
        return due.plus(waited(askedAt, endedAt));
    }

    /** How long the reporter was waited for; never negative, even if the clock was set back meanwhile. */
    public static Duration waited(Instant askedAt, Instant endedAt) {
        Duration d = Duration.between(askedAt, endedAt);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** A first response is late when it came, or is still missing, after its due time (on the second is in time). */
    public static boolean firstResponseBreached(Instant due, Instant respondedAt, Instant now) {
        return (respondedAt == null ? now : respondedAt).isAfter(due);
    }

    /**
     * A decision is late when it came after its due time, or is still missing after it while the clock runs. While
     * the reporter is waited for ({@code waitingSince} set) the clock is stopped: late only if it was late already
     * when the wait began.
     */
    public static boolean decisionBreached(Instant due, Instant waitingSince, Instant decidedAt, Instant now) {
        if (decidedAt != null) {
            return decidedAt.isAfter(due);
        }
        return (waitingSince != null ? waitingSince : now).isAfter(due);
    }

    /** Time left until {@code due}: negative once it has passed. */
    public static Duration remaining(Instant due, Instant now) {
        return Duration.between(now, due);
    }
}
