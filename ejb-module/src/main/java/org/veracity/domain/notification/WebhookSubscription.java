package org.veracity.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A webhook endpoint of a partner organisation or system user ({@code owner}, the owner of the token that
 * created it), for the topics it names. Deleting keeps the row (deliveries refer to it) and stops new ones.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(nullable = false, length = 1000)
    private String topics;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(String owner, String url, List<String> topics, String secret, String createdBy,
                               Instant createdAt) {
        this.owner = owner;
        this.url = url;
        this.topics = String.join(",", topics);
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether a notice goes to this endpoint: its topic is subscribed and it is broadcast or about this owner. */
    public boolean receives(Notice notice) {
        return deletedAt == null && getTopics().contains(notice.topic())
                && (Topics.broadcast(notice.topic()) || owner.equals(notice.partnerId()));
    }

    public void delete(Instant at) {
        deletedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getUrl() {
        return url;
    }

    public List<String> getTopics() {
        return Arrays.asList(topics.split(","));
    }

    public String getSecret() {
        return secret;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
