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
import java.time.Instant;
import org.veracity.domain.content.ContentItem;

/** A fact-checker's rating of an item. A changed rating supersedes the old one; both stay in the history. */
@Entity
@Table(name = "rating")
public class Rating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private PartnerOrganisation organisation;

    @Column(nullable = false, length = 200)
    private String rater;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Verdict verdict;

    @Column(nullable = false, length = 2000)
    private String claim;

    @Column(name = "article_url", nullable = false, length = 2048)
    private String articleUrl;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "policy_version", length = 80)
    private String policyVersion;

    /** For a copy's rating: the rating of the item it copies (issue 10); null for a fact-checker's own rating. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "copy_of_rating_id")
    private Rating copyOf;

    @Column(name = "copy_similarity")
    private Double copySimilarity;

    protected Rating() {
    }

    public Rating(ContentItem item, PartnerOrganisation organisation, String rater, Verdict verdict, String claim,
                  String articleUrl, String summary, Instant ratedAt, String policyVersion) {
        this.item = item;
        this.organisation = organisation;
        this.rater = rater;
        this.verdict = verdict;
        this.claim = claim;
        this.articleUrl = articleUrl;
        this.summary = summary;
        this.ratedAt = ratedAt;
        this.policyVersion = policyVersion;
    }

    /**
     * The same verdict, claim and article on an item that copies the rated one; its effects are the verdict's, and
     * it follows the original: withdrawn when the original is.
     */
    public static Rating copyOf(Rating original, ContentItem copy, double similarity, Instant at, String policyVersion) {
        // Through the getters: the original may be a lazy proxy, whose fields are not loaded.
        Rating r = new Rating(copy, original.getOrganisation(), original.getRater(), original.getVerdict(),
                original.getClaim(), original.getArticleUrl(), original.getSummary(), at, policyVersion);
        r.copyOf = original;
        r.copySimilarity = similarity;
        return r;
    }

    public boolean isCopy() {
        return copyOf != null;
    }

    /** "copy of rated item X (similarity s)", or null for a fact-checker's own rating. */
    public String copyEvidence() {
        return copyOf == null ? null : CopyRule.evidence(copyOf.getItem().getPlatformId(), copySimilarity);
    }

    public void supersede(Instant at) {
        supersededAt = at;
    }

    public boolean isCurrent() {
        return supersededAt == null;
    }

    public Long getId() { return id; }
    public ContentItem getItem() { return item; }
    public PartnerOrganisation getOrganisation() { return organisation; }
    public String getRater() { return rater; }
    public Verdict getVerdict() { return verdict; }
    public String getClaim() { return claim; }
    public String getArticleUrl() { return articleUrl; }
    public String getSummary() { return summary; }
    public Instant getRatedAt() { return ratedAt; }
    public Instant getSupersededAt() { return supersededAt; }
    public String getPolicyVersion() { return policyVersion; }
    public Rating getCopyOf() { return copyOf; }
    public Double getCopySimilarity() { return copySimilarity; }
}
