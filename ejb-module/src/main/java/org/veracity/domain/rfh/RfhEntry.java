package org.veracity.domain.rfh;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.Decided;
import org.veracity.domain.breakglass.BreakGlassMeasure;

/**
 * R11: a claim nominated as a repeatedly fact-checked hoax, with the evidence of its falsity (ratings
 * of the evidence items), virality (their reach) and severity (with a rationale). A policy lead other
 * than the nominator approves or rejects it; an approved entry can later be retired.
 */
@Entity
@Table(name = "rfh_entry")
public class RfhEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2000)
    private String claim;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "measure_id")
    private BreakGlassMeasure measure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RfhStatus status = RfhStatus.NOMINATED;

    /** The ratings that show the claim is false, in words (which item, which verdict, by whom). */
    @Column(nullable = false, length = 4000)
    private String falsity;

    /** Total views of the evidence items when nominated. */
    @Column(nullable = false)
    private long reach;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Severity severity;

    @Column(name = "severity_rationale", nullable = false, length = 4000)
    private String severityRationale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rfh_entry_evidence", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @Column(name = "content_id", length = 200)
    private List<String> evidenceItems = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rfh_entry_variant", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @Column(name = "body", length = 65536)
    private List<String> variants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rfh_entry_link", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", length = 2048)
    private List<String> links = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rfh_entry_media_hash", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @Column(name = "hash", length = 64)
    private List<String> mediaHashes = new ArrayList<>();

    @Column(name = "nominated_by", nullable = false, length = 200)
    private String nominatedBy;

    @Column(name = "nominated_at", nullable = false)
    private Instant nominatedAt;

    @Embedded
    private Decided decided;

    @Column(name = "retired_by", length = 200)
    private String retiredBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retirement_reason", length = 2000)
    private String retirementReason;

    @Version
    private long version;

    protected RfhEntry() {
    }

    /**
     * A nomination; the caller has checked falsity, virality and severity.
     *
     * @param variants the texts the matcher compares with: the claim first, then other known versions
     */
    public RfhEntry(String claim, BreakGlassMeasure measure, String falsity, long reach, Severity severity,
                    String severityRationale, List<String> evidenceItems, List<String> variants, List<String> links,
                    List<String> mediaHashes, String nominatedBy, Instant nominatedAt) {
        // NominationRules tells a person what is missing; this refuses an entry that skipped it.
        if (falsity == null || falsity.isBlank() || severity == null || !severity.qualifies()) {
            throw new IllegalArgumentException("R11: an entry needs proven falsity and a HIGH or CRITICAL severity");
        }
        this.claim = claim;
        this.measure = measure;
        this.falsity = falsity;
        this.reach = reach;
        this.severity = severity;
        this.severityRationale = severityRationale;
        this.evidenceItems = new ArrayList<>(evidenceItems);
        this.variants = new ArrayList<>(variants);
        this.links = new ArrayList<>(links);
        this.mediaHashes = new ArrayList<>(mediaHashes);
        this.nominatedBy = nominatedBy;
        this.nominatedAt = nominatedAt;
    }

    /**
     * Why {@code decider} may not approve or reject this entry, if so: it must still be a nomination,
     * and nobody decides their own nomination (the two-person rule of R11).
     */
    public Optional<String> whyCannotBeDecidedBy(String decider) {
        if (status != RfhStatus.NOMINATED) {
            return Optional.of("entry " + id + " is already " + status.name().toLowerCase()
                    + " by " + getDecidedBy() + "; only a nomination is decided");
        }
        if (nominatedBy.equals(decider)) {
            return Optional.of("you nominated this entry; another policy lead must decide it"
                    + " (R11 two-person rule: nobody approves their own nomination)");
        }
        return Optional.empty();
    }

    public void approve(String by, Instant at, String note) {
        decide(RfhStatus.APPROVED, by, at, note);
    }

    public void reject(String by, Instant at, String reason) {
        decide(RfhStatus.REJECTED, by, at, reason);
    }

    private void decide(RfhStatus outcome, String by, Instant at, String note) {
        whyCannotBeDecidedBy(by).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        status = outcome;
        decided = new Decided(by, at, note);
    }

    /** Why the entry cannot be retired, if so: only an approved entry matches, so only it is retired. */
    public Optional<String> whyCannotBeRetired() {
        return status == RfhStatus.APPROVED ? Optional.empty()
                : Optional.of("entry " + id + " is " + status.name().toLowerCase() + "; only an approved entry is retired");
    }

    public void retire(String by, Instant at, String reason) {
        whyCannotBeRetired().ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        status = RfhStatus.RETIRED;
        retiredBy = by;
        retiredAt = at;
        retirementReason = reason;
    }

    /** Whether intake matches against it now: approved, and its break-glass measure is active. */
    public boolean isEnforced() {
        return status == RfhStatus.APPROVED && measure.isActive();
    }

    public Long getId() { return id; }
    public String getClaim() { return claim; }
    public BreakGlassMeasure getMeasure() { return measure; }
    public RfhStatus getStatus() { return status; }
    public String getFalsity() { return falsity; }
    public long getReach() { return reach; }
    public Severity getSeverity() { return severity; }
    public String getSeverityRationale() { return severityRationale; }
    public List<String> getEvidenceItems() { return List.copyOf(evidenceItems); }
    public List<String> getVariants() { return List.copyOf(variants); }
    public List<String> getLinks() { return List.copyOf(links); }
    public List<String> getMediaHashes() { return List.copyOf(mediaHashes); }
    public String getNominatedBy() { return nominatedBy; }
    public Instant getNominatedAt() { return nominatedAt; }
    public String getDecidedBy() { return decided == null ? null : decided.by(); }
    public Instant getDecidedAt() { return decided == null ? null : decided.at(); }
    public String getDecisionNote() { return decided == null ? null : decided.note(); }
    public String getRetiredBy() { return retiredBy; }
    public Instant getRetiredAt() { return retiredAt; }
    public String getRetirementReason() { return retirementReason; }
}
