package org.veracity.application.internal;

import jakarta.transaction.Synchronization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.veracity.domain.audit.AuditChains;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditKey;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.audit.ChainHead;

/**
 * The audit entries of one transaction, chained and written as it commits: grouped by chain, each chain's head
 * locked in chain order, numbered after the locks (so numbers grow along each chain), linked in the order they
 * were recorded, and written in one go.
 */
final class PendingAudit implements Synchronization {

    private record Pending(AuditEntry entry, Instant at) {
    }

    private final AuditRepository events;
    private final Optional<AuditKey> key;
    private final Map<Integer, List<Pending>> byChain = new TreeMap<>();
    private int count;

    PendingAudit(AuditRepository events, Optional<AuditKey> key) {
        this.events = events;
        this.key = key;
    }

    void add(List<AuditEntry> entries, Instant at) {
        for (AuditEntry entry : entries) {
            byChain.computeIfAbsent(AuditChains.of(entry.subjectType(), entry.subjectId()), c -> new ArrayList<>())
                    .add(new Pending(entry, at));
        }
        count += entries.size();
    }

    @Override
    public void beforeCompletion() {
        List<ChainHead> heads = events.lockHeads(byChain.keySet());
        long[] numbers = events.nextSequences(count);
        List<AuditEvent> chained = new ArrayList<>(count);
        int next = 0;
        for (ChainHead head : heads) {
            for (Pending p : byChain.get(head.getChain())) {
                chained.add(head.append(numbers[next++], p.entry(), p.at(), key));
            }
        }
        events.append(chained, heads);
    }

    @Override
    public void afterCompletion(int status) {
        // Nothing to undo: what beforeCompletion wrote commits or rolls back with the transaction.
    }
}
