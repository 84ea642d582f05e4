package org.veracity.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notice as stored in the outbox, in the transaction of the change it reports. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String topic;

    @Column(name = "subject_type", nullable = false, length = 50)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 300)
    private String subjectId;

    @Column(name = "partner_id", length = 200)
    private String partnerId;

    @Column(nullable = false, length = 65536)
    private String body;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(Notice notice, Instant now) {
        this.topic = notice.topic();
        this.subjectType = notice.subjectType();
        this.subjectId = notice.subjectId();
        this.partnerId = notice.partnerId();
        this.body = notice.body();
        this.occurredAt = notice.at() == null ? now : notice.at();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getPartnerId() {
        return partnerId;
    }

    public String getBody() {
        return body;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
