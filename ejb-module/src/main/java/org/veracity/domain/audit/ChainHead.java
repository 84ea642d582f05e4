package org.veracity.domain.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Where one audit chain ends: its last event's place, number and hash. Appending holds the chain's head row
 * until the transaction ends, so each chain stays linear; writers on other chains do not wait for it.
 */
public class ChainHead {

    private final int chain;
    private long lastSequence;
    private long lastPosition;
    private String lastHash;

    public ChainHead(int chain, long lastSequence, long lastPosition, String lastHash) {
        this.chain = chain;
        this.lastSequence = lastSequence;
        this.lastPosition = lastPosition;
        this.lastHash = lastHash;
    }

    /** Links the entry to the end of this chain as event {@code sequence}, and moves the head onto it. */
    public AuditEvent append(long sequence, AuditEntry entry, Instant at, Optional<AuditKey> key) {
        AuditEvent event = AuditEvent.link(chain, lastPosition + 1, sequence, lastHash, entry, at, key);
        lastSequence = sequence;
        lastPosition = event.getPosition();
        lastHash = event.getHash();
        return event;
    }

    public int getChain() { return chain; }
    public long getLastSequence() { return lastSequence; }
    public long getLastPosition() { return lastPosition; }
    public String getLastHash() { return lastHash; }
}
