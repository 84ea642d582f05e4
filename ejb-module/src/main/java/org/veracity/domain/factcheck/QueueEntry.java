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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.importance.IssueOfImportance;

/** An item waiting for (or under) third-party fact-checking (R7). One entry per item. */
@Entity
@Table(name = "factcheck_queue_entry")
public class QueueEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id", unique = true)
    private ContentItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnqueueRoute route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QueueStatus status = QueueStatus.QUEUED;

    @Column(nullable = false)
    private double priority;

    @Column(name = "enqueued_at", nullable = false)
    private Instant enqueuedAt;

    @Column(name = "enqueued_by", nullable = false, length = 200)
    private String enqueuedBy;

    @Column(name = "claimed_by", length = 200)
    private String claimedBy;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    /** Set when a fact-checker enqueued the item for their own organisation only (R5). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private PartnerOrganisation organisation;

    /** The issue of importance the item matched when enqueued (R9), if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issue_id")
    private IssueOfImportance issue;

    /** A manual enqueue's recorded criteria and evidence note (R5). */
    @Column(length = 4000)
    private String evidence;

    @Version
    private long version;

    protected QueueEntry() {
    }

    public static QueueEntry enqueue(ContentItem item, EnqueueRoute route, double priority, Instant at, String by,
                                     IssueOfImportance issue, PartnerOrganisation organisation, String evidence) {
        QueueEntry entry = new QueueEntry();
        entry.item = item;
        entry.route = route;
        entry.priority = priority;
        entry.enqueuedAt = at;
        entry.enqueuedBy = by;
        entry.issue = issue;
        entry.organisation = organisation;
        entry.evidence = evidence;
        return entry;
    }

    /** A lapsed lease counts as queued again, whether or not anything has rewritten the row. */
    public QueueStatus statusAt(Instant now) {
        return status == QueueStatus.CLAIMED && !isLeasedAt(now) ? QueueStatus.QUEUED : status;
    }

    public boolean isLeasedAt(Instant now) {
        return status == QueueStatus.CLAIMED && leaseUntil != null && now.isBefore(leaseUntil);
    }

    public boolean isHeldBy(String who, Instant now) {
        return isLeasedAt(now) && who.equals(claimedBy);
    }

    public void release() {
        status = QueueStatus.QUEUED;
        claimedBy = null;
        leaseUntil = null;
        claimedAt = null;
    }

    public void rated() {
        status = QueueStatus.RATED;
        leaseUntil = null;
    }

    public void close() {
        status = QueueStatus.CLOSED;
        leaseUntil = null;
    }

    /** Whether this entry is offered to the given partner: its own entries, or any item it covers. */
    /**
     * Whether the partner may claim and rate this entry: the item is in its languages and regions, and
     * the entry is not reserved for another partner. Being enqueued by the partner never widens its coverage.
     */
    public boolean isOfferedTo(PartnerOrganisation partner) {
        return partner.covers(item) && (organisation == null || organisation.getId().equals(partner.getId()));
    }

    public Long getId() { return id; }
    public ContentItem getItem() { return item; }
    public EnqueueRoute getRoute() { return route; }
    public QueueStatus getStatus() { return status; }
    public double getPriority() { return priority; }
    public Instant getEnqueuedAt() { return enqueuedAt; }
    public String getEnqueuedBy() { return enqueuedBy; }
    public String getClaimedBy() { return claimedBy; }
    public Instant getLeaseUntil() { return leaseUntil; }
    public Instant getClaimedAt() { return claimedAt; }
    public PartnerOrganisation getOrganisation() { return organisation; }
    public IssueOfImportance getIssue() { return issue; }
    public String getEvidence() { return evidence; }
}
