package org.veracity.domain.demotion;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Instant;
import org.veracity.domain.content.ContentItem;

/**
 * A cut in an item's distribution for a window of time. Whether it is in force is decided from
 * its window and the clock alone, so an expiry holds to the second whether or not the nightly
 * job that closes lapsed demotions has run.
 */
@Entity
@Table(name = "demotion")
public class Demotion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DemotionKind kind;

    @Embedded
    private Multiplier multiplier;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    /** Null: in force until lifted. */
    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "policy_version", length = 80)
    private String policyVersion;

    /** The rating this demotion carries out; lifted when the rating is superseded. */
    @Column(name = "rating_id")
    private Long ratingId;

    /** When the nightly job recorded that the demotion had lapsed; it was out of force from endsAt on anyway. */
    @Column(name = "closed_at")
    private Instant closedAt;

    protected Demotion() {
    }

    Demotion(ContentItem item, DemotionKind kind, Multiplier multiplier, Instant startsAt, Instant endsAt,
             String reason, String policyVersion) {
        this.item = item;
        this.kind = kind;
        this.multiplier = multiplier;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
        this.policyVersion = policyVersion;
    }

    public static Demotion forRating(ContentItem item, Multiplier multiplier, Instant from, long ratingId,
                                     String reason, String policyVersion) {
        Demotion d = new Demotion(item, DemotionKind.RATING, multiplier, from, null, reason, policyVersion);
        d.ratingId = ratingId;
        return d;
    }

    /** Issue 10: a rating's demotion on a copy of the rated item; {@code reason} carries the copy's evidence. */
    public static Demotion forRatingCopy(ContentItem item, Multiplier multiplier, Instant from, long ratingId,
                                         String reason, String policyVersion) {
        Demotion d = new Demotion(item, DemotionKind.RATING_COPY, multiplier, from, null, reason, policyVersion);
        d.ratingId = ratingId;
        return d;
    }

    /** R12: a topic hoax's hard demotion, in force until lifted. */
    public static Demotion forTopicHoax(ContentItem item, DemotionKind kind, Multiplier multiplier, Instant from,
                                        String reason, String policyVersion) {
        return new Demotion(item, kind, multiplier, from, null, reason, policyVersion);
    }

    /** Ends the demotion early (a rating replaced it, or was changed). */
    public void lift(Instant at) {
        if (liftedAt == null && isInForceAt(at)) {
            liftedAt = at;
        }
    }

    public boolean isInForceAt(Instant t) {
        return isInForceAt(startsAt, endsAt, liftedAt, t);
    }

    /** A demotion's window (R3): from its start, until its end or its lifting, whichever comes first. */
    public static boolean isInForceAt(Instant startsAt, Instant endsAt, Instant liftedAt, Instant t) {
        return !t.isBefore(startsAt)
                && (endsAt == null || t.isBefore(endsAt))
                && (liftedAt == null || t.isBefore(liftedAt));
    }

    public Long getId() { return id; }
    public ContentItem getItem() { return item; }
    public DemotionKind getKind() { return kind; }
    public Multiplier getMultiplier() { return multiplier; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public Instant getLiftedAt() { return liftedAt; }
    public String getReason() { return reason; }
    public String getPolicyVersion() { return policyVersion; }
    public Long getRatingId() { return ratingId; }
    public Instant getClosedAt() { return closedAt; }
}
