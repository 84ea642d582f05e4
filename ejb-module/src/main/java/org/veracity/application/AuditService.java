package org.veracity.application;

import org.veracity.domain.audit.ChainVerification;

/** Reads and checks the hash-chained audit log (R21). */
public interface AuditService {

    /** Walks the whole chain and reports the first row that does not match its hash or its predecessor. */
    ChainVerification verifyChain();
}
