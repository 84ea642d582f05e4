package org.veracity.domain.label;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.veracity.domain.content.ContentItem;

/** What people see on an item: a warning linking the fact-check, a context or inform label (R7, R15). */
@Entity
@Table(name = "content_label")
public class Label {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem item;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(length = 2048)
    private String url;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "rating_id")
    private Long ratingId;

    @Column(name = "policy_version", length = 80)
    private String policyVersion;

    protected Label() {
    }

    public Label(ContentItem item, String kind, String text, String url, Instant appliedAt, Long ratingId,
                 String policyVersion) {
        this.item = item;
        this.kind = kind;
        this.text = text;
        this.url = url;
        this.appliedAt = appliedAt;
        this.ratingId = ratingId;
        this.policyVersion = policyVersion;
    }

    public boolean isShownAt(Instant t) {
        return isShownAt(appliedAt, removedAt, t);
    }

    public static boolean isShownAt(Instant appliedAt, Instant removedAt, Instant t) {
        return !t.isBefore(appliedAt) && (removedAt == null || t.isBefore(removedAt));
    }

    public void remove(Instant at) {
        if (removedAt == null) {
            removedAt = at;
        }
    }

    public ContentItem getItem() { return item; }
    public String getKind() { return kind; }
    public String getText() { return text; }
    public String getUrl() { return url; }
    public Instant getAppliedAt() { return appliedAt; }
    public Instant getRemovedAt() { return removedAt; }
    public Long getRatingId() { return ratingId; }
    public String getPolicyVersion() { return policyVersion; }
}
