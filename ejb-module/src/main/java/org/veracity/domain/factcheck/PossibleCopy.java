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
import org.veracity.domain.content.ContentItem;

/** An item that resembles a rated one at the matcher's REVIEW tier, offered to the rating organisation (issue 10). */
@Entity
@Table(name = "possible_copy")
public class PossibleCopy {

    public enum Status { OFFERED, CONFIRMED, REJECTED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rating_id")
    private Rating rating;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "original_id")
    private ContentItem original;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem item;

    @Column(nullable = false)
    private double similarity;

    @Column(nullable = false, length = 2000)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected PossibleCopy() {
    }

    public PossibleCopy(Rating rating, ContentItem item, double similarity, String evidence, Instant offeredAt) {
        this.rating = rating;
        this.original = rating.getItem();
        this.item = item;
        this.similarity = similarity;
        this.evidence = evidence;
        this.status = Status.OFFERED;
        this.offeredAt = offeredAt;
    }

    /** A fact-checker's answer, or {@link Status#WITHDRAWN} when the rating it rests on was changed. */
    public void decide(Status outcome, String by, Instant at) {
        if (status != Status.OFFERED || outcome == Status.OFFERED) {
            throw new IllegalStateException("possible copy " + id + " is " + status);
        }
        status = outcome;
        decidedBy = by;
        decidedAt = at;
    }

    public boolean isOpen() {
        return status == Status.OFFERED;
    }

    public Long getId() { return id; }
    public Rating getRating() { return rating; }
    public ContentItem getOriginal() { return original; }
    public ContentItem getItem() { return item; }
    public double getSimilarity() { return similarity; }
    public String getEvidence() { return evidence; }
    public Status getStatus() { return status; }
    public Instant getOfferedAt() { return offeredAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
