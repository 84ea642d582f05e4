package org.veracity.application;

import java.util.List;
import org.veracity.domain.audit.ChainVerification;

/** Reads and checks the hash-chained, sealed audit log (R21): its chains and their published checkpoints. */
public interface AuditService {

    /**
     * Walks every chain and reports the first row that does not match its place, its hash, its predecessor or its
     * seal, the first checkpoint that was changed, and the first chain that no longer reaches a checkpoint.
     */
    ChainVerification verifyChain();

    /**
     * Records where every chain ends now, linked to the previous checkpoint and sealed with the audit key: a new
     * checkpoint when events were added since the last one, otherwise the last one.
     */
    PublishedCheckpoint checkpoint();

    /** The latest checkpoints, newest first, as the transparency pages publish them. */
    List<PublishedCheckpoint> latestCheckpoints(int limit);
}
