package org.veracity.application;

import java.time.Instant;
import org.veracity.domain.audit.AuditCheckpoint;

/**
 * A checkpoint of the audit chain as outsiders keep it: where the chain ended, its hash and seal. A copy, so pages
 * and resources never hold the entity.
 */
public final class PublishedCheckpoint {

    private final long number;
    private final long lastSequence;
    private final String headHash;
    private final Instant takenAt;
    private final String keyId;
    private final String mac;

    private PublishedCheckpoint(AuditCheckpoint c) {
        number = c.getNumber();
        lastSequence = c.getLastSequence();
        headHash = c.getHeadHash();
        takenAt = c.getTakenAt();
        keyId = c.getKeyId();
        mac = c.getMac();
    }

    public static PublishedCheckpoint of(AuditCheckpoint checkpoint) {
        return new PublishedCheckpoint(checkpoint);
    }

    public long getNumber() { return number; }
    public long getLastSequence() { return lastSequence; }
    public String getHeadHash() { return headHash; }
    public Instant getTakenAt() { return takenAt; }
    public String getKeyId() { return keyId; }
    public String getMac() { return mac; }

    /** Whether the audit key sealed it (a deployment without a key publishes unsealed checkpoints). */
    public boolean sealed() {
        return mac != null;
    }
}
