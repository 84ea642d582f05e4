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

    public boolean isInForceAt(Instant t) {
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
}
