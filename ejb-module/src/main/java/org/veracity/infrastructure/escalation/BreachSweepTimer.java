package org.veracity.infrastructure.escalation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.veracity.application.EscalationService;

/**
 * Records R20's SLA breaches within a minute of their happening. Every instance of a cluster fires it; each
 * escalation's breach is recorded once because the sweep locks the escalation's row before it decides.
 */
@Stateless
public class BreachSweepTimer {

    @Inject
    EscalationService escalations;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false, info = "escalation-breach-sweep")
    void sweep() {
        escalations.recordBreaches();
    }
}
