package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veracity.domain.notification.Channel;
import org.veracity.domain.notification.Delivery;
import org.veracity.domain.notification.DeliveryStatus;
import org.veracity.domain.notification.OutboxMessage;
import org.veracity.domain.notification.OutboxRepository;
import org.veracity.domain.notification.WebhookSubscription;

@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(OutboxMessage message) {
        em.persist(message);
    }

    @Override
    public void store(Delivery delivery) {
        em.persist(delivery);
    }

    @Override
    public void store(WebhookSubscription subscription) {
        em.persist(subscription);
    }

    @Override
    public List<WebhookSubscription> subscriptions() {
        return em.createQuery("select s from WebhookSubscription s where s.deletedAt is null order by s.id",
                WebhookSubscription.class).getResultList();
    }

    @Override
    public List<WebhookSubscription> subscriptionsOf(String owner) {
        return em.createQuery("select s from WebhookSubscription s where s.deletedAt is null and s.owner = :o"
                + " order by s.id", WebhookSubscription.class).setParameter("o", owner).getResultList();
    }

    @Override
    public Optional<WebhookSubscription> findSubscription(long id) {
        return Optional.ofNullable(em.find(WebhookSubscription.class, id));
    }

    @Override
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        // Same SQL on PostgreSQL and H2 (2.2 accepts SKIP LOCKED); the limit is a validated int, not user input.
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT d.id FROM outbox_delivery d WHERE d.status = 'PENDING'"
                        + " AND d.next_attempt_at <= ?1 AND (d.claimed_until IS NULL OR d.claimed_until < ?1)"
                        + " AND NOT EXISTS (SELECT 1 FROM outbox_delivery e WHERE e.ordering_key = d.ordering_key"
                        + " AND e.id < d.id AND e.status IN ('PENDING', 'HELD'))"
                        + " ORDER BY d.id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).getResultList();
        List<Delivery> claimed = new ArrayList<>(ids.size());
        for (Number id : ids) {
            Delivery d = em.find(Delivery.class, id.longValue());
            d.claim(leaseUntil);
            claimed.add(d);
        }
        return claimed;
    }

    @Override
    public Optional<Delivery> findDelivery(long id) {
        return Optional.ofNullable(em.find(Delivery.class, id));
    }

    @Override
    public List<Delivery> withStatus(DeliveryStatus status, int limit) {
        return em.createQuery("select d from Delivery d join fetch d.message where d.status = :s order by d.id desc",
                Delivery.class).setParameter("s", status).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Delivery> failing(int limit) {
        return em.createQuery("select d from Delivery d join fetch d.message where d.status = :s and d.attempts > 0"
                + " order by d.id", Delivery.class).setParameter("s", DeliveryStatus.PENDING).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Delivery> held(Channel channel) {
        return em.createQuery("select d from Delivery d where d.status = :s and d.channel = :c order by d.id",
                Delivery.class).setParameter("s", DeliveryStatus.HELD).setParameter("c", channel).getResultList();
    }

    @Override
    public Map<DeliveryStatus, Long> countsByStatus() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus s : DeliveryStatus.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("select d.status, count(d) from Delivery d group by d.status", Object[].class).getResultList()
                .forEach(r -> counts.put((DeliveryStatus) r[0], ((Number) r[1]).longValue()));
        return counts;
    }
}
