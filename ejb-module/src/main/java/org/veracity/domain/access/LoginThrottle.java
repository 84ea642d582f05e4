package org.veracity.domain.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing (issue 9, defect 6). Failures are counted per key (an account name, known or
 * not, or a client address); after {@code freeFailures} of them the key is locked, for one second after
 * the first failure over the limit and twice as long after each further one, up to {@code longestLock}.
 * A key forgets its failures after {@code longestLock} without one, or at a successful login.
 */
public final class LoginThrottle {

    private static final int MAX_KEYS = 100_000;

    private final int freeFailures;
    private final Duration longestLock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    public LoginThrottle(int freeFailures, Duration longestLock) {
        if (freeFailures < 1 || longestLock.isNegative() || longestLock.isZero()) {
            throw new IllegalArgumentException("at least one free failure and a positive longest lock");
        }
        this.freeFailures = freeFailures;
        this.longestLock = longestLock;
    }

    /** Until when the key is locked, if it is locked now. */
    public boolean isLockedAt(String key, Instant now) {
        Failures f = current(key, now);
        return f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil());
    }

    public void failed(String key, Instant now) {
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.last().plus(longestLock).isBefore(now));
        }
        failures.compute(key, (k, old) -> {
            int count = (old == null || old.last().plus(longestLock).isBefore(now)) ? 1 : old.count() + 1;
            Instant until = null;
            if (count > freeFailures) {
                int doublings = Math.min(count - freeFailures - 1, 30);
                Duration lock = Duration.ofSeconds(1L << doublings);
                until = now.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock);
            }
            return new Failures(count, now, until);
        });
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    public int failuresOf(String key, Instant now) {
        Failures f = current(key, now);
        return f == null ? 0 : f.count();
    }

    private Failures current(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || f.last().plus(longestLock).isBefore(now) ? null : f;
    }
}
