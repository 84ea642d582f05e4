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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.veracity.domain.content.ContentItem;

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

    @Version
    private long version;

    protected QueueEntry() {
    }

    public static QueueEntry enqueue(ContentItem item, EnqueueRoute route, double priority, Instant at, String by) {
        QueueEntry entry = new QueueEntry();
        entry.item = item;
        entry.route = route;
        entry.priority = priority;
        entry.enqueuedAt = at;
        entry.enqueuedBy = by;
        return entry;
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
}
