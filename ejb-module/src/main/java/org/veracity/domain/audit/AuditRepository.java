package org.veracity.domain.audit;

import java.util.Collection;
import java.util.List;

public interface AuditRepository {

    /** The heads of the given chains, locked in chain order until the transaction ends (so two appends never deadlock). */
    List<ChainHead> lockHeads(Collection<Integer> chains);

    /** Every chain's head as committed, chain 0 first, read at one moment and not locked. */
    List<ChainHead> heads();

    /** The next {@code count} event numbers across all chains, ascending. */
    long[] nextSequences(int count);

    /**
     * Writes chained events and moves the given heads onto them, in the caller's transaction, with plain JDBC
     * (no managed entities: the nightly jobs append up to a million events, and appends run as the transaction
     * commits, after the entity manager's last flush).
     */
    void append(List<AuditEvent> events, List<ChainHead> movedHeads);

    List<AuditEvent> findBySubject(AuditSubject subject, String subjectId);

    /** Events of a chain after the given place and up to {@code upTo}, in chain order, at most {@code limit}. */
    List<AuditEvent> page(int chain, long afterPosition, long upTo, int limit);

    /**
     * How many events lie beyond the head of their chain, read at one moment. An append writes its events and moves
     * the head in one transaction, so there are none unless someone wrote rows behind the application's back.
     */
    long eventsBeyondHeads();

    /** Holds taking checkpoints to one instance at a time, until the transaction ends; appends are not held. */
    void lockCheckpoints();

    void store(AuditCheckpoint checkpoint);

    /** Every checkpoint, oldest first. */
    List<AuditCheckpoint> checkpoints();

    /** The latest checkpoints, newest first. */
    List<AuditCheckpoint> latestCheckpoints(int limit);
}
