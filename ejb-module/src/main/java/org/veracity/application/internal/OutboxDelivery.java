package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.veracity.domain.notification.Delivery;
import org.veracity.domain.notification.OutboxRepository;
import org.veracity.domain.notification.RetrySchedule;
import org.veracity.domain.notification.Transport.Dispatch;
import org.veracity.domain.notification.Transport.SendResult;
import org.veracity.infrastructure.config.DeliverySettings;

/**
 * The delivery worker's two transactions: take due deliveries (with a lease, so a worker that dies mid-way
 * leaves them to another after the lease), and record what sending them did. Sending happens in between,
 * outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    @Inject
    OutboxRepository outbox;

    @Inject
    DeliverySettings settings;

    @Inject
    Clock clock;

    public List<Dispatch> claim(int limit) {
        Instant now = clock.instant();
        return outbox.claimDue(now, now.plus(settings.lease()), limit).stream().map(d -> new Dispatch(d.getId(),
                d.getChannel(), d.getTarget(), d.getSubscription() == null ? null : d.getSubscription().getSecret(),
                d.getMessage().getTopic(), d.getMessage().getSubjectType(), d.getMessage().getSubjectId(),
                d.getMessage().getBody())).toList();
    }

    public void record(Map<Long, SendResult> results) {
        Instant now = clock.instant();
        RetrySchedule schedule = settings.retrySchedule();
        results.forEach((id, result) -> outbox.findDelivery(id).ifPresent(d -> apply(d, result, now, schedule)));
    }

    private static void apply(Delivery d, SendResult result, Instant now, RetrySchedule schedule) {
        switch (result.kind()) {
            case DELIVERED -> d.delivered(now);
            case FAILED -> d.failed(result.error(), now, schedule);
            case CREDENTIALS_REFUSED -> d.hold(result.error());
        }
    }
}
