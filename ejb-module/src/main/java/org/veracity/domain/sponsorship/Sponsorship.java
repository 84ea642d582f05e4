package org.veracity.domain.sponsorship;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.veracity.domain.movement.PostText;

/**
 * R17: a recorded paid relationship, from evidence only: a sponsor (campaign, party or brand) with the name its
 * disclosure carries ("Paid for by X"), the names and keywords that mean the sponsor or its candidate, its paid
 * posters' accounts and the period the relationship covers. Only posts covered by one of these may ever be asked
 * to disclose: a candidate's name alone never assumes a payment.
 */
@Entity
@Table(name = "sponsorship")
public class Sponsorship {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String sponsor;

    @Column(name = "paid_for_by", nullable = false, length = 200)
    private String paidForBy;

    @ElementCollection
    @CollectionTable(name = "sponsorship_mention", joinColumns = @JoinColumn(name = "sponsorship_id"))
    @OrderColumn(name = "position")
    @Column(name = "mention", length = 200)
    private List<String> mentions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "sponsorship_account", joinColumns = @JoinColumn(name = "sponsorship_id"))
    @OrderColumn(name = "position")
    @Column(name = "author_id", length = 200)
    private List<String> accounts = new ArrayList<>();

    @Column(name = "period_from", nullable = false)
    private Instant from;

    /** Exclusive; null while the relationship lasts. */
    @Column(name = "period_to")
    private Instant to;

    @Column(nullable = false, length = 2000)
    private String evidence;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Sponsorship() {
    }

    public Sponsorship(String sponsor, String paidForBy, List<String> mentions, List<String> accounts, Instant from,
                       Instant to, String evidence, String recordedBy, Instant recordedAt) {
        this.sponsor = Objects.requireNonNull(sponsor, "sponsor");
        this.paidForBy = Objects.requireNonNull(paidForBy, "paidForBy");
        this.mentions = new ArrayList<>(mentions);
        this.accounts = new ArrayList<>(accounts.stream().distinct().toList());
        this.from = Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("a sponsorship ends after it starts");
        }
        this.to = to;
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Whether {@code authorId} is a registered paid poster of this sponsor for a post made at {@code postedAt}. */
    public boolean covers(String authorId, Instant postedAt) {
        return accounts.contains(authorId) && !postedAt.isBefore(from) && (to == null || postedAt.isBefore(to));
    }

    /**
     * Whether the text promotes the sponsor or its candidate: one of the mentions occurs in it as whole words,
     * or as a hashtag written without spaces, after folding case, accents and presentation forms.
     */
    public boolean isPromotedBy(String text) {
        PostText post = PostText.of(text);
        for (String mention : mentions) {
            List<String> words = PostText.of(mention).words();
            if (!words.isEmpty() && (post.containsPhrase(words) || post.hasHashtag(String.join("", words)))) {
                return true;
            }
        }
        return false;
    }

    /** The label a disclosed post carries. */
    public String label() {
        return labelFor(paidForBy);
    }

    public static String labelFor(String paidForBy) {
        return "Paid for by " + paidForBy;
    }

    public Long getId() { return id; }
    public String getSponsor() { return sponsor; }
    public String getPaidForBy() { return paidForBy; }
    public List<String> getMentions() { return List.copyOf(mentions); }
    public List<String> getAccounts() { return List.copyOf(accounts); }
    public Instant getFrom() { return from; }
    public Instant getTo() { return to; }
    public String getEvidence() { return evidence; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
