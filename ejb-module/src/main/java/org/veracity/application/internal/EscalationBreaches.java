package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.escalation.Escalation;
import org.veracity.domain.escalation.EscalationRepository;
import org.veracity.domain.escalation.SlaBreach;

/**
 * Records R20's SLA breaches when they happen (the sweep of {@code EscalationService.recordBreaches}): each
 * escalation in its own transaction with its row locked, so a sweep running at the same moment on another instance
 * (or a specialist answering just then) waits, then reads the recorded breach, and records nothing twice.
 */
@Stateless
public class EscalationBreaches {

    /** More than a minute's breaches are never expected; the next sweep takes the rest. */
    private static final int SWEEP_LIMIT = 500;

    @Inject
    EscalationRepository escalations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<Long> candidates(Instant now) {
        return escalations.breachCandidates(now, SWEEP_LIMIT);
    }

    /** Records this escalation's breaches that happened by now and are not recorded yet; answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int record(long id) {
        Escalation e = escalations.lockById(id).orElse(null);
        if (e == null) {
            return 0;
        }
        Instant now = clock.instant();
        int recorded = 0;
        for (SlaBreach kind : e.unrecordedBreachesAt(now)) {
            if (e.recordBreach(kind, now)) {
                recorded++;
                audit.record(AuditEntry.of(Actor.SYSTEM, AuditSubject.ESCALATION, e.getTrackingId(),
                        kind == SlaBreach.FIRST_RESPONSE ? AuditAction.ESCALATION_FIRST_RESPONSE_BREACHED
                                : AuditAction.ESCALATION_DECISION_BREACHED, null,
                        "the " + kind.label() + " due at " + e.dueOf(kind) + " is late, recorded at " + now
                                + " (" + e.getSizeBand() + " reporter)"));
            }
        }
        return recorded;
    }
}
