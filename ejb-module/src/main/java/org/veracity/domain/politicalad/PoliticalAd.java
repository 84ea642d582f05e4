package org.veracity.domain.politicalad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.veracity.domain.content.ContentItem;

/** R19: one political ad as the public ad library lists it, with what intake decided about it. */
@Entity
@Table(name = "political_ad")
public class PoliticalAd {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem item;

    @Column(nullable = false, length = 200)
    private String advertiser;

    @Column(name = "paid_for_by", length = 200)
    private String paidForBy;

    @Column(length = 2)
    private String region;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    private boolean rejected;

    @Column(length = 1000)
    private String reason;

    protected PoliticalAd() {
    }

    public PoliticalAd(ContentItem item, boolean rejected, String reason) {
        this.item = item;
        this.advertiser = item.getAuthorId();
        this.paidForBy = item.getSponsor();
        this.region = item.getRegion();
        this.postedAt = item.getPostedAt();
        this.receivedAt = item.getReceivedAt();
        this.rejected = rejected;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public ContentItem getItem() { return item; }
    public String getAdvertiser() { return advertiser; }
    public String getPaidForBy() { return paidForBy; }
    public String getRegion() { return region; }
    public Instant getPostedAt() { return postedAt; }
    public Instant getReceivedAt() { return receivedAt; }
    public boolean isRejected() { return rejected; }
    public String getReason() { return reason; }
}
