package org.veracity.domain.factcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A publisher's challenge of a rating; the rating organisation confirms or changes it (R7). */
@Entity
@Table(name = "dispute")
public class Dispute {

    public enum Status { OPEN, CONFIRMED, CHANGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rating_id")
    private Rating rating;

    @Column(name = "opened_by", nullable = false, length = 200)
    private String openedBy;

    @Column(nullable = false, length = 4000)
    private String statement;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(name = "resolved_by", length = 200)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(length = 4000)
    private String resolution;

    @Version
    private long version;

    protected Dispute() {
    }

    public Dispute(Rating rating, String openedBy, String statement, Instant openedAt) {
        this.rating = rating;
        this.openedBy = openedBy;
        this.statement = statement;
        this.openedAt = openedAt;
    }

    public void resolve(Status outcome, String by, String note, Instant at) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("dispute " + id + " is already " + status);
        }
        status = outcome;
        resolvedBy = by;
        resolution = note;
        resolvedAt = at;
    }

    public Long getId() { return id; }
    public Rating getRating() { return rating; }
    public String getOpenedBy() { return openedBy; }
    public String getStatement() { return statement; }
    public Instant getOpenedAt() { return openedAt; }
    public Status getStatus() { return status; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolution() { return resolution; }
}
