package org.veracity.domain.sponsorship;

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

/**
 * R17: a post by a registered paid poster that promotes its sponsor without saying so is asked to disclose by a
 * deadline. Whether it is overdue is decided from the deadline itself, so answers hold to the second whether or
 * not {@code enforce-disclosure-deadlines} has run.
 */
@Entity
@Table(name = "disclosure_request")
public class DisclosureRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem item;

    @Column(name = "sponsorship_id", nullable = false)
    private long sponsorshipId;

    @Column(name = "paid_for_by", nullable = false, length = 200)
    private String paidForBy;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(nullable = false)
    private Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DisclosureStatus status = DisclosureStatus.OPEN;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "policy_version", nullable = false, length = 80)
    private String policyVersion;

    protected DisclosureRequest() {
    }

    public DisclosureRequest(ContentItem item, long sponsorshipId, String paidForBy, String reason, Instant openedAt,
                             Instant deadline, String policyVersion) {
        this.item = item;
        this.sponsorshipId = sponsorshipId;
        this.paidForBy = paidForBy;
        this.reason = reason;
        this.openedAt = openedAt;
        this.deadline = deadline;
        this.policyVersion = policyVersion;
    }

    /** Still waiting at {@code t}: open and before its deadline. */
    public boolean isPendingAt(Instant t) {
        return status == DisclosureStatus.OPEN && t.isBefore(deadline);
    }

    /** Whether the post counts as removed at {@code t}: removed by the job, or open with the deadline reached. */
    public boolean removesPostAt(Instant t) {
        return removesPostAt(status, deadline, t);
    }

    public static boolean removesPostAt(DisclosureStatus status, Instant deadline, Instant t) {
        return status == DisclosureStatus.REMOVED || (status == DisclosureStatus.OPEN && !t.isBefore(deadline));
    }

    /** The disclosure arrived at {@code at}; refused once the deadline has passed (the post is gone by then). */
    public void disclose(Instant at) {
        if (!isPendingAt(at)) {
            throw new IllegalStateException("request " + id + " is no longer open");
        }
        status = DisclosureStatus.DISCLOSED;
        closedAt = at;
    }

    /**
     * Silence past the deadline: the request closes as REMOVED, dated at its deadline (the second the post went).
     * Only an open, overdue request can be enforced; the caller holds its row lock, so this happens once.
     */
    public void enforce(Instant asOf) {
        if (status != DisclosureStatus.OPEN || asOf.isBefore(deadline)) {
            throw new IllegalStateException("request " + id + " is not overdue at " + asOf);
        }
        status = DisclosureStatus.REMOVED;
        closedAt = deadline;
    }

    public Long getId() { return id; }
    public ContentItem getItem() { return item; }
    public long getSponsorshipId() { return sponsorshipId; }
    public String getPaidForBy() { return paidForBy; }
    public String getReason() { return reason; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getDeadline() { return deadline; }
    public DisclosureStatus getStatus() { return status; }
    public Instant getClosedAt() { return closedAt; }
    public String getPolicyVersion() { return policyVersion; }
}
