package org.veracity.domain.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A post, ad or link on the platform, known to Veracity by the platform's own id (R1). */
@Entity
@Table(name = "content_item")
public class ContentItem {

    /**
     * From content_item_seq, 50 ids per nextval (V31): an IDENTITY id exists only after its own INSERT, so Hibernate
     * could not batch an intake batch's items (issue 15).
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_item_ids")
    @SequenceGenerator(name = "content_item_ids", sequenceName = "content_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "platform_id", nullable = false, unique = true, length = 200)
    private String platformId;

    @Column(length = 2048)
    private String url;

    @Column(length = 255)
    private String domain;

    /** Where a shortened link leads, when the integrator knows it (R4 judges the link by it). */
    @Column(name = "resolved_url", length = 2048)
    private String resolvedUrl;

    /** The registrable domain (Public Suffix List) of where the link leads; set at intake. */
    @Column(name = "registrable_domain", length = 255)
    private String registrableDomain;

    @Column(name = "body", length = 65536)
    private String text;

    @Column(name = "author_id", nullable = false, length = 200)
    private String authorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, length = 20)
    private AuthorKind authorKind;

    @Column(name = "group_id", length = 200)
    private String groupId;

    @ElementCollection
    @CollectionTable(name = "content_topic", joinColumns = @JoinColumn(name = "content_id"))
    @OrderColumn(name = "position")
    @Column(name = "topic", length = 100)
    private List<String> topics = new ArrayList<>();

    @Column(length = 2)
    private String region;

    @Column(length = 35)
    private String language;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    private long views;

    private long shares;

    @Column(name = "is_ad")
    private boolean ad;

    @Column(length = 200)
    private String sponsor;

    @ElementCollection
    @CollectionTable(name = "content_media_hash", joinColumns = @JoinColumn(name = "content_id"))
    @OrderColumn(name = "position")
    @Column(name = "hash", length = 256)
    private List<String> mediaHashes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContentStatus status = ContentStatus.ACTIVE;

    /** Why the item is blocked or removed, as the author and the ranking system are told. */
    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    /** The policy version the block or removal enforces (R14). */
    @Column(name = "status_policy_version", length = 80)
    private String statusPolicyVersion;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Version
    private long version;

    protected ContentItem() {
    }

    /** The item as intake received it, for asking the intake screens about stored content (dry runs). */
    public ContentSubmission asSubmission() {
        return new ContentSubmission(platformId, url, text, authorId, authorKind, groupId, topics, region, language,
                postedAt, views, shares, ad, sponsor, mediaHashes, resolvedUrl);
    }

    public static ContentItem receive(ContentSubmission s, Instant receivedAt) {
        ContentItem item = new ContentItem();
        item.platformId = s.id();
        item.url = s.url();
        item.domain = WebDomain.hostOf(s.url()).orElse(null);
        item.text = s.text();
        item.authorId = s.authorId();
        item.authorKind = s.authorKind();
        item.groupId = s.groupId();
        item.topics = new ArrayList<>(s.topics().stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).toList());
        item.region = s.region();
        item.language = s.language();
        item.postedAt = s.postedAt();
        item.receivedAt = receivedAt;
        item.views = s.views();
        item.shares = s.shares();
        item.ad = s.ad();
        item.sponsor = s.sponsor();
        item.mediaHashes = new ArrayList<>(s.mediaHashes().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        return item;
    }

    /** Records where the link leads, reduced to its registrable domain (decided by the intake rules). */
    public void linkLeadsTo(String resolvedUrl, String registrableDomain) {
        this.resolvedUrl = resolvedUrl;
        this.registrableDomain = registrableDomain;
    }

    /** The post now carries its paid-partnership disclosure (R17), as its integrator or a specialist reported. */
    public void disclose(String paidForBy) {
        this.sponsor = paidForBy;
    }

    /** Takes the item down for good (R13, R16); a removal is final, so a later block changes nothing. */
    public void remove(String reason, String policyVersion, Instant at) {
        changeStatus(ContentStatus.REMOVED, reason, policyVersion, at);
    }

    /** Stops the item from circulating as a known hoax version (R11). */
    public void block(String reason, String policyVersion, Instant at) {
        if (status != ContentStatus.REMOVED) {
            changeStatus(ContentStatus.BLOCKED, reason, policyVersion, at);
        }
    }

    private void changeStatus(ContentStatus to, String reason, String policyVersion, Instant at) {
        status = to;
        statusReason = reason;
        statusPolicyVersion = policyVersion;
        statusChangedAt = at;
    }

    /** Why the item is blocked or removed, citing the policy version; null while it circulates. */
    public String citedStatusReason() {
        return citedReason(statusReason, statusPolicyVersion);
    }

    public static String citedReason(String reason, String policyVersion) {
        if (reason == null) {
            return null;
        }
        return policyVersion == null ? reason : reason + " (" + policyVersion + ")";
    }

    /** Share velocity in shares per hour since posting; the first hour counts as a whole hour. */
    public double shareVelocityAt(Instant now) {
        double hours = Math.max(1.0, (now.getEpochSecond() - postedAt.getEpochSecond()) / 3600.0);
        return shares / hours;
    }

    public Long getId() { return id; }
    public String getPlatformId() { return platformId; }
    public String getUrl() { return url; }
    public String getDomain() { return domain; }
    public String getResolvedUrl() { return resolvedUrl; }
    public String getRegistrableDomain() { return registrableDomain; }
    public String getText() { return text; }
    public String getAuthorId() { return authorId; }
    public AuthorKind getAuthorKind() { return authorKind; }
    public String getGroupId() { return groupId; }
    public List<String> getTopics() { return List.copyOf(topics); }
    public String getRegion() { return region; }
    public String getLanguage() { return language; }
    public Instant getPostedAt() { return postedAt; }
    public Instant getReceivedAt() { return receivedAt; }
    public long getViews() { return views; }
    public long getShares() { return shares; }
    public boolean isAd() { return ad; }
    public String getSponsor() { return sponsor; }
    public List<String> getMediaHashes() { return List.copyOf(mediaHashes); }
    public ContentStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public String getStatusPolicyVersion() { return statusPolicyVersion; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
}
