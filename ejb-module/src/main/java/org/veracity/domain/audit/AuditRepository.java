package org.veracity.domain.audit;

import java.util.List;

public interface AuditRepository {

    /** The chain's end, locked until the transaction ends. */
    ChainHead lockHead();

    void store(AuditEvent event);

    List<AuditEvent> findBySubject(String subjectType, String subjectId);

    /** Events after the given sequence number, in chain order. */
    List<AuditEvent> page(long afterSequence, int limit);
}
