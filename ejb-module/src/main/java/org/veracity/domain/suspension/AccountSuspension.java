package org.veracity.domain.suspension;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An author's account suspended (R16) for a period, e.g. two years, or permanently. Content the author posts
 * while it is in force is removed at intake. A specialist may lift it early; the record stays.
 */
@Entity
@Table(name = "account_suspension")
public class AccountSuspension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_id", nullable = false, length = 200)
    private String authorId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    /** Null: permanent. */
    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "suspended_by", nullable = false, length = 200)
    private String suspendedBy;

    @Column(name = "suspended_at", nullable = false)
    private Instant suspendedAt;

    @Column(name = "lifted_by", length = 200)
    private String liftedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lift_reason", length = 1000)
    private String liftReason;

    protected AccountSuspension() {
    }

    /** @param endsAt the end of the period, exclusive; null for a permanent suspension */
    public AccountSuspension(String authorId, Instant startsAt, Instant endsAt, String reason, String suspendedBy,
                             Instant suspendedAt) {
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a suspension ends after it starts");
        }
        this.authorId = Objects.requireNonNull(authorId);
        this.startsAt = Objects.requireNonNull(startsAt);
        this.endsAt = endsAt;
        this.reason = Objects.requireNonNull(reason);
        this.suspendedBy = Objects.requireNonNull(suspendedBy);
        this.suspendedAt = Objects.requireNonNull(suspendedAt);
    }

    /** Whether the account was suspended at {@code t}: started, not ended, not lifted. */
    public boolean isInForceAt(Instant t) {
        return !t.isBefore(startsAt) && (endsAt == null || t.isBefore(endsAt)) && (liftedAt == null || t.isBefore(liftedAt));
    }

    public boolean isPermanent() {
        return endsAt == null;
    }

    /** Whether lifting it at {@code t} changes anything: it has not ended and has not been lifted. */
    public boolean canBeLiftedAt(Instant t) {
        return liftedAt == null && (endsAt == null || t.isBefore(endsAt));
    }

    public void lift(String by, Instant at, String why) {
        if (!canBeLiftedAt(at)) {
            throw new IllegalStateException("suspension " + id + " is already over");
        }
        this.liftedBy = by;
        this.liftedAt = at;
        this.liftReason = why;
    }

    /** As the author and the ranking system read it in a removal reason. */
    public String describe() {
        return "the author " + authorId + " is suspended " + (endsAt == null ? "permanently" : "until " + endsAt)
                + " (since " + startsAt + "): " + reason;
    }

    public Long getId() { return id; }
    public String getAuthorId() { return authorId; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getReason() { return reason; }
    public String getSuspendedBy() { return suspendedBy; }
    public Instant getSuspendedAt() { return suspendedAt; }
    public String getLiftedBy() { return liftedBy; }
    public Instant getLiftedAt() { return liftedAt; }
    public String getLiftReason() { return liftReason; }
}
