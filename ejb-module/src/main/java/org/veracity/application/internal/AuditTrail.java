package org.veracity.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditKeyring;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.notification.Notice;

/**
 * Appends to the audit chains in the caller's transaction, so an event exists exactly when the change it
 * describes was committed. The entries are collected and chained as the transaction commits
 * ({@link PendingAudit}): only then are the chain heads they need locked, all at once and in chain order, so
 * a transaction that audits many items (an intake batch) holds them for milliseconds, and two such transactions
 * never wait for each other in a circle. Changes of an item's treatment are also announced here, as
 * {@link Notice}s for the outbox (R20), in the same transaction: every such change is audited, so this is
 * their one home.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    private static final Object PENDING = new Object();

    @Inject
    AuditRepository events;

    @Inject
    Clock clock;

    @Inject
    AuditKeyring keys;

    @Inject
    Event<Notice> notices;

    @Resource
    TransactionSynchronizationRegistry transaction;

    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /**
     * Records several entries, in the given order: the nightly jobs append one per changed row. Each chain is the
     * same as from one {@link #record} per entry.
     */
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        pending().add(entries, at);
        for (AuditEntry entry : entries) {
            TreatmentNotices.of(entry, at).ifPresent(notices::fire);
        }
    }

    private PendingAudit pending() {
        PendingAudit pending = (PendingAudit) transaction.getResource(PENDING);
        if (pending == null) {
            pending = new PendingAudit(events, keys.sealing());
            transaction.putResource(PENDING, pending);
            // Interposed: it runs after the entity manager's flush, so the changes audited are written before the
            // chain heads are locked, as every transaction locks its rows before the heads.
            transaction.registerInterposedSynchronization(pending);
        }
        return pending;
    }
}
