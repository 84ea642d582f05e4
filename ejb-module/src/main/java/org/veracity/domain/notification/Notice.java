package org.veracity.domain.notification;

import java.time.Instant;

/**
 * A change that someone outside Veracity may be told about (R20). Fired as a synchronous CDI event
 * inside the transaction that makes the change, so the outbox row is written in that same
 * transaction and is never lost. {@code topic} is e.g. "escalation.status" or "item.treatment";
 * {@code partnerId} names the partner organisation whose subscriptions receive it (null: none);
 * {@code email} and {@code whatsapp} are direct addresses of a reporter without an organisation
 * (null when absent); {@code body} is the JSON document delivered.
 */
public record Notice(String topic, String subjectType, String subjectId, String partnerId, String email,
        String whatsapp, String body, Instant at) {
}
