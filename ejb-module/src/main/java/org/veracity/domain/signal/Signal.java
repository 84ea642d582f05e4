package org.veracity.domain.signal;

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

/** A recorded signal about one item; its integrator id makes intake idempotent. */
@Entity
@Table(name = "content_signal")
public class Signal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "platform_id", nullable = false, unique = true, length = 200)
    private String platformId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id")
    private ContentItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SignalKind kind;

    @Column(name = "signal_count", nullable = false)
    private int count;

    private Double score;

    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected Signal() {
    }

    public static Signal record(SignalSubmission s, ContentItem item, Instant receivedAt) {
        Signal signal = new Signal();
        signal.platformId = s.id();
        signal.item = item;
        signal.kind = s.kind();
        signal.count = s.count();
        signal.score = s.score();
        signal.observedAt = s.at();
        signal.receivedAt = receivedAt;
        return signal;
    }

    public String getPlatformId() { return platformId; }
    public ContentItem getItem() { return item; }
    public SignalKind getKind() { return kind; }
    public int getCount() { return count; }
    public Double getScore() { return score; }
    public Instant getObservedAt() { return observedAt; }
}
