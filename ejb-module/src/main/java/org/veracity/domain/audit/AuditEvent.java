package org.veracity.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One state change (R21). Events form hash chains, one per group of subjects ({@link AuditChains}): each hash
 * covers the event's fields, its chain and place in it, and the previous event's hash in the same chain, so
 * changing, removing or reordering a stored row is detectable. Each event is
 * also sealed: an HMAC of its hash with the audit key ({@link AuditKey}), which the database does not
 * hold, so whoever can write the database but lacks the key cannot re-hash the chain after a change
 * (docs/architecture.md, "Audit chain").
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final String GENESIS = "0".repeat(64);

    @Id
    @Column(name = "seq")
    private long sequence;

    @Column(nullable = false)
    private int chain;

    @Column(name = "chain_position", nullable = false)
    private long position;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(name = "actor_role", nullable = false, length = 100)
    private String role;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 200)
    private String subjectId;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "policy_version", length = 80)
    private String policyVersion;

    @Column(length = 2000)
    private String reason;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    @Column(name = "key_id", length = 40)
    private String keyId;

    @Column(name = "mac", length = 64)
    private String mac;

    protected AuditEvent() {
    }

    /**
     * Builds the next link of the single chain of before V28 (chain 0, where the place is the sequence number),
     * unsealed. Times are cut to microseconds, as databases store them.
     */
    public static AuditEvent chain(long sequence, String previousHash, AuditEntry entry, Instant at) {
        return chain(sequence, previousHash, entry, at, Optional.empty());
    }

    /** Builds the next link of the chain of before V28, sealed with the key when there is one. */
    public static AuditEvent chain(long sequence, String previousHash, AuditEntry entry, Instant at, Optional<AuditKey> key) {
        return link(AuditChains.LEGACY, sequence, sequence, previousHash, entry, at, key);
    }

    /** Builds the event at {@code position} of {@code chain}, numbered {@code sequence} across all chains. */
    public static AuditEvent link(int chain, long position, long sequence, String previousHash, AuditEntry entry,
                                  Instant at, Optional<AuditKey> key) {
        AuditEvent e = new AuditEvent();
        e.chain = chain;
        e.position = position;
        e.sequence = sequence;
        e.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        e.actor = entry.actor();
        e.role = entry.role();
        e.subjectType = entry.subjectType();
        e.subjectId = entry.subjectId();
        e.action = entry.action();
        e.policyVersion = entry.policyVersion();
        e.reason = entry.reason();
        e.previousHash = previousHash;
        e.hash = e.computeHash();
        key.ifPresent(k -> {
            e.keyId = k.id();
            e.mac = k.seal(e.sealedText());
        });
        return e;
    }

    /** What the seal covers: the hash, which covers every field and the predecessor, and the key's id. */
    public String sealedText() {
        return "veracity-audit-event|" + keyId + "|" + hash;
    }

    public boolean sealed() {
        return mac != null;
    }

    /** True when this row still matches its hash and follows the given previous hash. */
    public boolean followsIntactly(String expectedPreviousHash) {
        return Objects.equals(previousHash, expectedPreviousHash) && Objects.equals(hash, computeHash());
    }

    private String computeHash() {
        String fields = String.join("\u001f", previousHash, occurredAt.truncatedTo(ChronoUnit.MICROS).toString(), actor,
                role, subjectType, subjectId, action, Objects.toString(policyVersion, ""), Objects.toString(reason, ""));
        // Chain 0 keeps the form it was hashed in; the chains by subject also bind the chain and the place in it,
        // so an event moved to another chain or place no longer matches.
        String canonical = chain == AuditChains.LEGACY ? sequence + "\u001f" + fields
                : String.join("\u001f", "v2", Integer.toString(chain), Long.toString(position), Long.toString(sequence), fields);
        return Sha256.hex(canonical);
    }

    public long getSequence() { return sequence; }
    public int getChain() { return chain; }
    public long getPosition() { return position; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getRole() { return role; }
    public String getSubjectType() { return subjectType; }
    public String getSubjectId() { return subjectId; }
    public String getAction() { return action; }
    public String getPolicyVersion() { return policyVersion; }
    public String getReason() { return reason; }
    public String getPreviousHash() { return previousHash; }
    public String getHash() { return hash; }
    public String getKeyId() { return keyId; }
    public String getMac() { return mac; }
}
