package org.veracity.application.internal;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.veracity.domain.audit.AuditChains;
import org.veracity.domain.audit.AuditCheckpoint;
import org.veracity.domain.audit.AuditEvent;
import org.veracity.domain.audit.AuditRepository;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.audit.ChainHead;

/**
 * The audit tables in memory, for tests of the trail and the verification: head rows, events and checkpoints, which a
 * test may change as an intruder with database access would. Also a transaction to record in and commit.
 */
final class MemoryAuditLog implements AuditRepository {

    final Map<Integer, ChainHead> heads = new TreeMap<>();
    final List<AuditEvent> stored = new ArrayList<>();
    final List<AuditCheckpoint> checkpointRows = new ArrayList<>();
    final Transaction transaction = new Transaction();
    int appends;
    private long sequence;

    MemoryAuditLog() {
        for (int chain = AuditChains.LEGACY; chain <= AuditChains.COUNT; chain++) {
            heads.put(chain, new ChainHead(chain, 0, 0, AuditEvent.GENESIS));
        }
    }

    /** Events as if written before V28: the single chain 0, its head moved onto the last one. */
    void legacy(List<AuditEvent> events) {
        stored.addAll(events);
        AuditEvent last = events.get(events.size() - 1);
        heads.put(AuditChains.LEGACY, new ChainHead(AuditChains.LEGACY, last.getSequence(), last.getPosition(), last.getHash()));
        sequence = last.getSequence();
    }

    List<AuditEvent> chain(int chain) {
        return stored.stream().filter(e -> e.getChain() == chain).sorted(Comparator.comparingLong(AuditEvent::getPosition)).toList();
    }

    @Override
    public List<ChainHead> lockHeads(Collection<Integer> chains) {
        return chains.stream().sorted().map(heads::get).toList();
    }

    @Override
    public List<ChainHead> heads() {
        // Copies, as a read of committed rows: appends after it do not move what was read.
        return heads.values().stream().map(h -> new ChainHead(h.getChain(), h.getLastSequence(), h.getLastPosition(),
                h.getLastHash())).toList();
    }

    @Override
    public long[] nextSequences(int count) {
        long[] numbers = new long[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = ++sequence;
        }
        return numbers;
    }

    @Override
    public void append(List<AuditEvent> events, List<ChainHead> movedHeads) {
        appends++;
        stored.addAll(events);
    }

    @Override
    public List<AuditEvent> findBySubject(AuditSubject subject, String subjectId) {
        return stored.stream().filter(e -> e.getSubjectType().equals(subject.name()) && e.getSubjectId().equals(subjectId))
                .sorted(Comparator.comparingLong(AuditEvent::getSequence)).toList();
    }

    @Override
    public List<AuditEvent> page(int chain, long afterPosition, long upTo, int limit) {
        return chain(chain).stream().filter(e -> e.getPosition() > afterPosition && e.getPosition() <= upTo).limit(limit)
                .toList();
    }

    @Override
    public long eventsBeyondHeads() {
        return stored.stream().filter(e -> e.getPosition() > heads.get(e.getChain()).getLastPosition()).count();
    }

    @Override
    public void lockCheckpoints() {
    }

    @Override
    public void store(AuditCheckpoint checkpoint) {
        checkpointRows.add(checkpoint);
    }

    @Override
    public List<AuditCheckpoint> checkpoints() {
        return checkpointRows.stream().sorted(Comparator.comparingLong(AuditCheckpoint::getNumber)).toList();
    }

    @Override
    public List<AuditCheckpoint> latestCheckpoints(int limit) {
        return checkpointRows.stream().sorted(Comparator.comparingLong(AuditCheckpoint::getNumber).reversed())
                .limit(limit).toList();
    }

    /** One transaction at a time: its resources and interposed synchronizations, run by {@link #commit}. */
    static final class Transaction implements TransactionSynchronizationRegistry {

        private final Map<Object, Object> resources = new HashMap<>();
        private final List<Synchronization> synchronizations = new ArrayList<>();

        void commit() {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(s -> s.afterCompletion(jakarta.transaction.Status.STATUS_COMMITTED));
            synchronizations.clear();
            resources.clear();
        }

        @Override public Object getTransactionKey() { return this; }
        @Override public void putResource(Object key, Object value) { resources.put(key, value); }
        @Override public Object getResource(Object key) { return resources.get(key); }
        @Override public void registerInterposedSynchronization(Synchronization sync) { synchronizations.add(sync); }
        @Override public int getTransactionStatus() { return jakarta.transaction.Status.STATUS_ACTIVE; }
        @Override public void setRollbackOnly() { throw new UnsupportedOperationException(); }
        @Override public boolean getRollbackOnly() { return false; }
    }
}
