package org.veracity.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again (R20): after {@code first}, then twice as long each time up to
 * {@code longest}; once {@code giveUpAfter} has passed since the message was queued, the delivery is a dead
 * letter instead (an admin can replay it). Defaults (configuration): 30 s, 1 h, 25 h — so every message is
 * retried for at least 24 hours.
 */
public record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("retry schedule needs 0 < first <= longest and giveUpAfter >= 0");
        }
    }

    /** The wait after the {@code failures}-th failed attempt (1 = the first failure). */
    public Duration delayAfter(int failures) {
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** The next attempt after a failure at {@code now}, or empty when the message is to become a dead letter. */
    public Optional<Instant> nextAttempt(int failures, Instant queuedAt, Instant now) {
        Instant next = now.plus(delayAfter(failures));
        return now.isBefore(queuedAt.plus(giveUpAfter)) ? Optional.of(next) : Optional.empty();
    }
}
