package org.veracity.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where the audit chain stood at a moment: its last event's sequence number and hash, sealed with the
 * audit key. Checkpoints are published (transparency page and open data), so outsiders who keep copies
 * can hold Veracity to them: a chain rewritten or cut short before a published checkpoint no longer ends
 * in the hash that was published.
 */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

    @Id
    @Column(name = "number")
    private long number;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "head_hash", nullable = false, length = 64)
    private String headHash;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "key_id", length = 40)
    private String keyId;

    @Column(name = "mac", length = 64)
    private String mac;

    protected AuditCheckpoint() {
    }

    /** Checkpoint {@code number} of the chain ending at the given event; sealed when a key is given. */
    public static AuditCheckpoint of(long number, long lastSequence, String headHash, Instant at, Optional<AuditKey> key) {
        AuditCheckpoint c = new AuditCheckpoint();
        c.number = number;
        c.lastSequence = lastSequence;
        c.headHash = headHash;
        c.takenAt = at.truncatedTo(ChronoUnit.MICROS);
        key.ifPresent(k -> {
            c.keyId = k.id();
            c.mac = k.seal(c.sealedText());
        });
        return c;
    }

    /** What the seal covers, in the form an auditor holding the key recomputes it. */
    public String sealedText() {
        return String.join("|", "veracity-audit-checkpoint", Long.toString(number), Long.toString(lastSequence),
                headHash, takenAt.truncatedTo(ChronoUnit.MICROS).toString(), String.valueOf(keyId));
    }

    public boolean sealed() {
        return mac != null;
    }

    public long getNumber() { return number; }
    public long getLastSequence() { return lastSequence; }
    public String getHeadHash() { return headHash; }
    public Instant getTakenAt() { return takenAt; }
    public String getKeyId() { return keyId; }
    public String getMac() { return mac; }
}
