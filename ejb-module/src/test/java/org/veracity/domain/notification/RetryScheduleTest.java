package org.veracity.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final RetrySchedule DEFAULTS = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1),
            Duration.ofHours(25));
    private static final Instant QUEUED = Instant.parse("2026-03-08T01:00:00Z");

    @Test
    void waitsDoubleFromThirtySecondsUpToAnHour() {
        assertEquals(Duration.ofSeconds(30), DEFAULTS.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), DEFAULTS.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), DEFAULTS.delayAfter(3));
        assertEquals(Duration.ofSeconds(1920), DEFAULTS.delayAfter(7));
        assertEquals(Duration.ofHours(1), DEFAULTS.delayAfter(8), "3840 s is capped at an hour");
        assertEquals(Duration.ofHours(1), DEFAULTS.delayAfter(500), "no overflow however many failures");
    }

    @Test
    void aMessageIsRetriedForAtLeastTwentyFourHoursThenBecomesADeadLetter() {
        // Walk the schedule as a receiver that always fails would see it.
        Instant now = QUEUED;
        int failures = 0;
        Optional<Instant> next;
        do {
            failures++;
            next = DEFAULTS.nextAttempt(failures, QUEUED, now);
            if (next.isPresent()) {
                now = next.get();
            }
        } while (next.isPresent());
        assertTrue(Duration.between(QUEUED, now).compareTo(Duration.ofHours(24)) >= 0,
                "last attempt " + Duration.between(QUEUED, now) + " after queueing");
        // Attempts at 0, 30 s, 90 s, … 3,810 s (seven doubling waits), then hourly; the 32nd attempt, at 25 h 3 min 30 s,
        // is the first after the 25 hours and its failure makes the dead letter.
        assertEquals(32, failures);
        assertEquals(QUEUED.plusSeconds(90_210), now);
    }

    @Test
    void theLastMomentBeforeGivingUpStillGetsARetry() {
        Instant justBefore = QUEUED.plus(Duration.ofHours(25)).minusSeconds(1);
        assertEquals(Optional.of(justBefore.plus(Duration.ofHours(1))), DEFAULTS.nextAttempt(40, QUEUED, justBefore));
        assertEquals(Optional.empty(), DEFAULTS.nextAttempt(40, QUEUED, QUEUED.plus(Duration.ofHours(25))));
    }

    @Test
    void aScheduleMustStartPositiveAndNotShrink() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1),
                Duration.ofHours(25)));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofMinutes(5),
                Duration.ofMinutes(1), Duration.ofHours(25)));
    }
}
