package org.veracity.domain.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an escalation's history as its reporter reads it: when, which status, who (by role), and a note. */
@Entity
@Table(name = "escalation_event")
public class EscalationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "escalation_id")
    private Escalation escalation;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EscalationStatus status;

    /** "reporter", "specialist" or "system": reporters are not told staff names. */
    @Column(name = "by_role", nullable = false, length = 30)
    private String by;

    @Column(length = 4000)
    private String note;

    protected EscalationEvent() {
    }

    EscalationEvent(Escalation escalation, Instant at, EscalationStatus status, String by, String note) {
        this.escalation = escalation;
        this.at = at;
        this.status = status;
        this.by = by;
        this.note = note;
    }

    public Instant getAt() { return at; }
    public EscalationStatus getStatus() { return status; }
    public String getBy() { return by; }
    public String getNote() { return note; }
}
