package org.veracity.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface OutboxRepository {

    void store(OutboxMessage message);

    void store(Delivery delivery);

    void store(WebhookSubscription subscription);

    /** Live subscriptions (not deleted), oldest first. */
    List<WebhookSubscription> subscriptions();

    List<WebhookSubscription> subscriptionsOf(String owner);

    Optional<WebhookSubscription> findSubscription(long id);

    /**
     * Takes up to {@code limit} due deliveries for this worker until {@code leaseUntil}: PENDING, due, not under
     * another worker's lease, and the oldest of their ordering key that is still pending or held. Rows another
     * transaction is taking are skipped (FOR UPDATE SKIP LOCKED), so each is taken by one worker in a cluster.
     */
    List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit);

    Optional<Delivery> findDelivery(long id);

    List<Delivery> withStatus(DeliveryStatus status, int limit);

    /** Deliveries that failed at least once and still wait for their next attempt. */
    List<Delivery> failing(int limit);

    List<Delivery> held(Channel channel);

    Map<DeliveryStatus, Long> countsByStatus();
}
