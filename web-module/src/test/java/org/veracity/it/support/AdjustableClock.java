package org.veracity.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test deployments only: replaces Veracity's system clock, so tests can stand at any instant
 * (seven days later, one second before a token expires) without sleeping.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class AdjustableClock {

    private volatile Instant fixed;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                Instant at = fixed;
                return at == null ? Instant.now() : at;
            }
        };
    }

    public void fixAt(Instant at) {
        fixed = at;
    }

    public void reset() {
        fixed = null;
    }
}
