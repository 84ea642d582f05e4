package org.veracity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who decided a case, when, and the note they gave: what an RFH entry's or match's review, a coordination
 * case's and an escalation's decision keep. Immutable; an entity replaces it. The columns are
 * {@code decided_by}, {@code decided_at} and {@code decision_note}; an entity whose note column has another
 * name overrides it ({@code @AttributeOverride(name = "note", …)}).
 */
@Embeddable
public class Decided {

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 2000)
    private String note;

    protected Decided() {
    }

    public Decided(String by, Instant at, String note) {
        this.decidedBy = Objects.requireNonNull(by, "who decided");
        this.decidedAt = Objects.requireNonNull(at, "when it was decided");
        this.note = note;
    }

    public String by() {
        return decidedBy;
    }

    public Instant at() {
        return decidedAt;
    }

    /** Why, in the decider's words; may be null where a decision needs no reason. */
    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decided d && decidedBy.equals(d.decidedBy) && decidedAt.equals(d.decidedAt)
                && Objects.equals(note, d.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(decidedBy, decidedAt, note);
    }

    /** "by alice at 2026-…": how refusals name an earlier decision. */
    @Override
    public String toString() {
        return "by " + decidedBy + " at " + decidedAt;
    }
}
