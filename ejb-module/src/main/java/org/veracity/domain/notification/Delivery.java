package org.veracity.domain.notification;

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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One message on its way to one recipient. Its id is the idempotency key the recipient sees; attempts, the
 * next attempt and the last error are what the admin's delivery page shows.
 */
@Entity
@Table(name = "outbox_delivery")
public class Delivery {

    private static final int MAX_ERROR = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id")
    private OutboxMessage message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subscription_id")
    private WebhookSubscription subscription;

    @Column(nullable = false, length = 2000)
    private String target;

    @Column(name = "ordering_key", nullable = false, length = 700)
    private String orderingKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Delivery() {
    }

    private Delivery(OutboxMessage message, Channel channel, WebhookSubscription subscription, String target,
                     Instant now) {
        this.message = message;
        this.channel = channel;
        this.subscription = subscription;
        this.target = target;
        String recipient = subscription == null ? channel + ":" + target : "subscription:" + subscription.getId();
        String key = recipient + "|" + message.getSubjectType() + ":" + message.getSubjectId();
        this.orderingKey = key.length() > 700 ? key.substring(0, 700) : key;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public static Delivery webhook(OutboxMessage message, WebhookSubscription subscription, Instant now) {
        return new Delivery(message, Channel.WEBHOOK, subscription, subscription.getUrl(), now);
    }

    public static Delivery direct(OutboxMessage message, Channel channel, String address, Instant now) {
        return new Delivery(message, channel, null, address, now);
    }

    /** Taken by a worker until {@code until}; another instance may take it again only after the lease. */
    public void claim(Instant until) {
        claimedUntil = until;
    }

    public void delivered(Instant at) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        deliveredAt = at;
        claimedUntil = null;
        lastError = null;
    }

    /** A failed attempt: tried again on the schedule, or a dead letter once the schedule is over. */
    public void failed(String error, Instant at, RetrySchedule schedule) {
        attempts++;
        lastError = clip(error);
        claimedUntil = null;
        schedule.nextAttempt(attempts, createdAt, at).ifPresentOrElse(next -> nextAttemptAt = next,
                () -> status = DeliveryStatus.DEAD);
    }

    /** The channel refused its credentials: waits without using up a retry until they are replaced. */
    public void hold(String error) {
        status = DeliveryStatus.HELD;
        lastError = clip(error);
        claimedUntil = null;
    }

    /** Back to the queue at once, with the retries it had left: a held delivery once the credentials are new. */
    public void release(Instant now) {
        if (status == DeliveryStatus.HELD) {
            status = DeliveryStatus.PENDING;
            nextAttemptAt = now;
        }
    }

    /** A dead letter replayed by an admin gets a fresh schedule, counted from the replay. */
    public void replay(Instant now) {
        if (status == DeliveryStatus.DEAD) {
            status = DeliveryStatus.PENDING;
            nextAttemptAt = now;
            createdAt = now;
        }
    }

    private static String clip(String error) {
        String e = error == null ? "unknown error" : error;
        return e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR) : e;
    }

    public Long getId() {
        return id;
    }

    public OutboxMessage getMessage() {
        return message;
    }

    public Channel getChannel() {
        return channel;
    }

    public WebhookSubscription getSubscription() {
        return subscription;
    }

    public String getTarget() {
        return target;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
