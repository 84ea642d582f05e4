package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.audit.ChainHead;

/**
 * Appends to the audit chain inside the caller's transaction, so an event exists exactly when
 * the change it describes was committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    @Inject
    AuditRepository events;

    @Inject
    Clock clock;

    public void record(AuditEntry entry) {
        ChainHead head = events.lockHead();
        AuditEvent event = AuditEvent.chain(head.getLastSequence() + 1, head.getLastHash(), entry, clock.instant());
        events.store(event);
        head.advanceTo(event);
    }
}
