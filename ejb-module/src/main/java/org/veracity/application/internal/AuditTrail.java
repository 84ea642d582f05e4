package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditKey;
import org.veracity.domain.audit.AuditKeyring;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.audit.ChainHead;
import org.veracity.domain.notification.Notice;

/**
 * Appends to the audit chain inside the caller's transaction, so an event exists exactly when
 * the change it describes was committed. Changes of an item's treatment are also announced here, as
 * {@link Notice}s for the outbox (R20), in the same transaction: every such change is audited, so this is
 * their one home.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    @Inject
    AuditRepository events;

    @Inject
    Clock clock;

    @Inject
    AuditKeyring keys;

    @Inject
    Event<Notice> notices;

    public void record(AuditEntry entry) {
        ChainHead head = events.lockHead();
        AuditEvent event = AuditEvent.chain(head.getLastSequence() + 1, head.getLastHash(), entry, clock.instant(),
                keys.sealing());
        events.store(event);
        head.advanceTo(event);
        TreatmentNotices.of(entry, event.getOccurredAt()).ifPresent(notices::fire);
    }

    /**
     * Appends several events at once, in the given order: the chain head is locked once, the events
     * are chained in memory and written with one JDBC batch. For the nightly jobs, which append one
     * event per changed row; the chain is the same as from one {@link #record} per entry.
     */
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        ChainHead head = events.lockHead();
        Instant at = clock.instant();
        Optional<AuditKey> key = keys.sealing();
        List<AuditEvent> chained = new ArrayList<>(entries.size());
        long sequence = head.getLastSequence();
        String previousHash = head.getLastHash();
        for (AuditEntry entry : entries) {
            AuditEvent event = AuditEvent.chain(++sequence, previousHash, entry, at, key);
            chained.add(event);
            previousHash = event.getHash();
        }
        events.storeAll(chained);
        head.advanceTo(chained.get(chained.size() - 1));
        for (AuditEntry entry : entries) {
            TreatmentNotices.of(entry, at).ifPresent(notices::fire);
        }
    }
}
