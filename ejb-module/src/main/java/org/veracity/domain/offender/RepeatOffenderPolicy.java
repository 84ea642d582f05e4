package org.veracity.domain.offender;

import java.time.Duration;

/** R8's numbers: {@code threshold} False/Altered ratings within {@code window} → demotion for {@code duration}. */
public record RepeatOffenderPolicy(int threshold, Duration window, Duration duration, double multiplier) {

    public RepeatOffenderPolicy {
        if (threshold < 1 || window.isNegative() || duration.isNegative() || multiplier < 0 || multiplier > 1) {
            throw new IllegalArgumentException("repeat-offender settings out of range");
        }
    }

    public boolean isReachedBy(long ratingsInWindow) {
        return ratingsInWindow >= threshold;
    }
}
