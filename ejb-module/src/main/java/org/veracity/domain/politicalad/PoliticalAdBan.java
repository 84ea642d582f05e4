package org.veracity.domain.politicalad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * R19: a region where political ads are banned altogether, from one moment until another (or for good). Data,
 * kept by policy leads like R13's exceptions, so a ban starts or ends without a release.
 */
@Entity
@Table(name = "political_ad_ban")
public class PoliticalAdBan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2)
    private String region;

    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;

    @Column(name = "effective_until")
    private Instant effectiveUntil;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PoliticalAdBan() {
    }

    public PoliticalAdBan(String region, Instant effectiveFrom, Instant effectiveUntil, String reason, String createdBy,
                          Instant createdAt) {
        if (region == null || !region.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("region must be an ISO 3166-1 alpha-2 code such as US");
        }
        this.region = region;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("a ban ends after it starts");
        }
        this.effectiveUntil = effectiveUntil;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean isInEffectAt(Instant t) {
        return !t.isBefore(effectiveFrom) && (effectiveUntil == null || t.isBefore(effectiveUntil));
    }

    public boolean bans(String adRegion, Instant t) {
        return region.equals(adRegion) && isInEffectAt(t);
    }

    /** Ends the ban at {@code at}; one that already ended earlier stays as it was. */
    public void end(Instant at) {
        if (effectiveUntil == null || at.isBefore(effectiveUntil)) {
            effectiveUntil = at.isBefore(effectiveFrom) ? effectiveFrom : at;
        }
    }

    public Long getId() { return id; }
    public String getRegion() { return region; }
    public Instant getEffectiveFrom() { return effectiveFrom; }
    public Instant getEffectiveUntil() { return effectiveUntil; }
    public String getReason() { return reason; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
