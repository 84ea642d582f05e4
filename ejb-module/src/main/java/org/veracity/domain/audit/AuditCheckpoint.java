package org.veracity.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the audit chains stood at a moment, sealed with the audit key. Checkpoints are published (transparency
 * page and open data), so outsiders who keep copies can hold Veracity to them: a chain rewritten or cut short
 * before a published checkpoint no longer ends in the hash that was published.
 * <p>
 * Since V28 a checkpoint records every chain's head ({@link #getHeads}) and its head hash is a hash of them and
 * of the previous checkpoint's head hash, as transparency logs bind their trees: one published hash then covers
 * all chains and every checkpoint before it. Checkpoints taken before V28 have no heads; their head hash is that
 * of the event {@code lastSequence} of chain 0.
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

    @Column(length = 16000)
    private String heads;

    protected AuditCheckpoint() {
    }

    /**
     * Checkpoint {@code number} of the given chain heads, linked to the checkpoint before it; sealed when a key is
     * given. Its sequence number is the newest event any chain ends in.
     */
    public static AuditCheckpoint of(long number, List<ChainHead> chainHeads, String previousHeadHash, Instant at,
                                     Optional<AuditKey> key) {
        String heads = chainHeads.stream().sorted(Comparator.comparingInt(ChainHead::getChain))
                .map(h -> h.getChain() + ":" + h.getLastPosition() + ":" + h.getLastHash())
                .collect(Collectors.joining(","));
        long last = chainHeads.stream().mapToLong(ChainHead::getLastSequence).max().orElse(0);
        AuditCheckpoint c = sealed(number, last, root(number, previousHeadHash, heads), at, key);
        c.heads = heads;
        return c;
    }

    /** Checkpoint {@code number} of the single chain of before V28, ending at the given event. */
    public static AuditCheckpoint of(long number, long lastSequence, String headHash, Instant at, Optional<AuditKey> key) {
        return sealed(number, lastSequence, headHash, at, key);
    }

    private static AuditCheckpoint sealed(long number, long lastSequence, String headHash, Instant at, Optional<AuditKey> key) {
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

    /** Whether it records every chain's head (taken since V28) rather than one event of chain 0. */
    public boolean bindsChains() {
        return heads != null;
    }

    /** True when its head hash is still the hash of its heads and of the given previous checkpoint's head hash. */
    public boolean follows(String previousHeadHash) {
        return !bindsChains() || headHash.equals(root(number, previousHeadHash, heads));
    }

    /** What it says of each chain: one anchor per chain head, or event {@code lastSequence} of chain 0. */
    public List<ChainAnchor> anchors() {
        if (!bindsChains()) {
            return List.of(new ChainAnchor(number, AuditChains.LEGACY, lastSequence, headHash));
        }
        List<ChainAnchor> anchors = new ArrayList<>();
        for (String head : heads.split(",")) {
            String[] parts = head.split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("checkpoint " + number + " has a malformed head '" + head + "'");
            }
            anchors.add(new ChainAnchor(number, Integer.parseInt(parts[0]), Long.parseLong(parts[1]), parts[2]));
        }
        return anchors;
    }

    private static String root(long number, String previousHeadHash, String heads) {
        return Sha256.hex(String.join("|", "veracity-audit-checkpoint-v2", Long.toString(number), previousHeadHash, heads));
    }

    public long getNumber() { return number; }
    public long getLastSequence() { return lastSequence; }
    public String getHeadHash() { return headHash; }
    public Instant getTakenAt() { return takenAt; }
    public String getKeyId() { return keyId; }
    public String getMac() { return mac; }
    public String getHeads() { return heads; }
}
