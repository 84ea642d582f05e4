package org.veracity.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that says where the audit chain ends; appending locks it, so the chain stays linear. */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected ChainHead() {
    }

    public void advanceTo(AuditEvent event) {
        lastSequence = event.getSequence();
        lastHash = event.getHash();
    }

    public long getLastSequence() { return lastSequence; }
    public String getLastHash() { return lastHash; }
}
