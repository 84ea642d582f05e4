package org.veracity.application;

import java.util.List;
import org.veracity.domain.audit.ChainVerification;

/** Reads and checks the hash-chained, sealed audit log (R21) and its published checkpoints. */
public interface AuditService {

    /**
     * Walks the whole chain and reports the first row that does not match its hash, its predecessor or its
     * seal, and the first published checkpoint the chain no longer agrees with.
     */
    ChainVerification verifyChain();

    /**
     * Records where the chain ends now, sealed with the audit key: a new checkpoint when events were added
     * since the last one, otherwise the last one.
     */
    PublishedCheckpoint checkpoint();

    /** The latest checkpoints, newest first, as the transparency pages publish them. */
    List<PublishedCheckpoint> latestCheckpoints(int limit);
}
