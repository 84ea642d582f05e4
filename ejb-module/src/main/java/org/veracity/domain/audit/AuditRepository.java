package org.veracity.domain.audit;

import java.util.List;

public interface AuditRepository {

    /** The chain's end, locked until the transaction ends. */
    ChainHead lockHead();

    void store(AuditEvent event);

    /**
     * Writes already chained events in one JDBC batch, in the caller's transaction, without making them
     * managed entities (the nightly jobs append up to a million of them).
     */
    void storeAll(List<AuditEvent> events);

    List<AuditEvent> findBySubject(AuditSubject subject, String subjectId);

    /** Events after the given sequence number, in chain order. */
    List<AuditEvent> page(long afterSequence, int limit);

    void store(AuditCheckpoint checkpoint);

    /** Every checkpoint, oldest first. */
    List<AuditCheckpoint> checkpoints();

    /** The latest checkpoints, newest first. */
    List<AuditCheckpoint> latestCheckpoints(int limit);
}
