package org.veracity.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));

    @Test
    void five_failures_are_free_and_the_sixth_locks_the_account_for_a_second() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", T0);
        }
        assertFalse(throttle.isLockedAt("alice", T0));
        throttle.failed("alice", T0);
        assertTrue(throttle.isLockedAt("alice", T0.plusMillis(999)));
        assertFalse(throttle.isLockedAt("alice", T0.plusSeconds(1)));
    }

    @Test
    void each_further_failure_doubles_the_lock_up_to_the_longest() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("alice", T0);
        }
        // failures 6, 7, 8: locks of 1, 2 and 4 seconds
        assertTrue(throttle.isLockedAt("alice", T0.plusSeconds(3)));
        assertFalse(throttle.isLockedAt("alice", T0.plusSeconds(4)));
        for (int i = 0; i < 30; i++) {
            throttle.failed("alice", T0);
        }
        assertTrue(throttle.isLockedAt("alice", T0.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(throttle.isLockedAt("alice", T0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void failures_are_forgotten_after_the_longest_lock_without_one() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("alice", T0);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        assertEquals(0, throttle.failuresOf("alice", later));
        throttle.failed("alice", later);
        assertEquals(1, throttle.failuresOf("alice", later));
        assertFalse(throttle.isLockedAt("alice", later));
    }

    @Test
    void a_success_clears_the_account_and_other_keys_are_untouched() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("alice", T0);
            throttle.failed("bob", T0);
        }
        throttle.succeeded("alice");
        assertFalse(throttle.isLockedAt("alice", T0));
        assertTrue(throttle.isLockedAt("bob", T0));
        assertFalse(throttle.isLockedAt("carol", T0));
    }
}
