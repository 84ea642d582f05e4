package org.veracity.domain.rfh;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.veracity.domain.Decided;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.hoax.MatchKind;
import org.veracity.domain.hoax.MatchTier;

/**
 * The evidence R11 keeps when an item matches an entry at intake: which entry, how it matched, how
 * closely, and — for the review tier — what a specialist decided.
 */
@Entity
@Table(name = "rfh_match")
public class RfhMatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem item;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "entry_id")
    private RfhEntry entry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MatchTier tier;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private MatchKind kind;

    private Double similarity;

    @Column(nullable = false, length = 2000)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RfhMatchStatus status;

    @Column(name = "matched_at", nullable = false)
    private Instant matchedAt;

    @Embedded
    private Decided decided;

    @Version
    private long version;

    protected RfhMatch() {
    }

    public RfhMatch(ContentItem item, RfhEntry entry, MatchTier tier, MatchKind kind, Double similarity,
                    String evidence, Instant matchedAt) {
        this.item = item;
        this.entry = entry;
        this.tier = tier;
        this.kind = kind;
        this.similarity = similarity;
        this.evidence = evidence;
        this.matchedAt = matchedAt;
        this.status = tier == MatchTier.BLOCK ? RfhMatchStatus.BLOCKED : RfhMatchStatus.PENDING_REVIEW;
    }

    /** Why a specialist cannot decide this match, if so: only a match waiting in review is decided. */
    public Optional<String> whyCannotBeReviewed() {
        return status == RfhMatchStatus.PENDING_REVIEW ? Optional.empty()
                : Optional.of("match " + id + " is " + status.name().toLowerCase().replace('_', ' ')
                        + "; only a match waiting in review is decided");
    }

    public void confirm(String by, Instant at, String note) {
        review(RfhMatchStatus.CONFIRMED, by, at, note);
    }

    public void clear(String by, Instant at, String note) {
        review(RfhMatchStatus.CLEARED, by, at, note);
    }

    private void review(RfhMatchStatus outcome, String by, Instant at, String note) {
        whyCannotBeReviewed().ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        status = outcome;
        decided = new Decided(by, at, note);
    }

    public Long getId() { return id; }
    public ContentItem getItem() { return item; }
    public RfhEntry getEntry() { return entry; }
    public MatchTier getTier() { return tier; }
    public MatchKind getKind() { return kind; }
    public Double getSimilarity() { return similarity; }
    public String getEvidence() { return evidence; }
    public RfhMatchStatus getStatus() { return status; }
    public Instant getMatchedAt() { return matchedAt; }
    public String getDecidedBy() { return decided == null ? null : decided.by(); }
    public Instant getDecidedAt() { return decided == null ? null : decided.at(); }
    public String getDecisionNote() { return decided == null ? null : decided.note(); }
}
