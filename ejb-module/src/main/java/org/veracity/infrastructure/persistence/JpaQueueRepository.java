package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.factcheck.QueueEntry;
import org.veracity.domain.factcheck.QueueRepository;
import org.veracity.domain.factcheck.QueueStatus;

@ApplicationScoped
public class JpaQueueRepository implements QueueRepository {

    private static final List<QueueStatus> OPEN = List.of(QueueStatus.QUEUED, QueueStatus.CLAIMED);

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(QueueEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<QueueEntry> findByItem(ContentItem item) {
        return em.createQuery("select q from QueueEntry q where q.item = :item", QueueEntry.class)
                .setParameter("item", item).getResultStream().findFirst();
    }

    @Override
    public List<QueueEntry> open(int offset, int limit) {
        return em.createQuery("select q from QueueEntry q join fetch q.item where q.status in :open"
                        + " order by q.priority desc, q.enqueuedAt, q.id", QueueEntry.class)
                .setParameter("open", OPEN).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOpen() {
        return em.createQuery("select count(q) from QueueEntry q where q.status in :open", Long.class)
                .setParameter("open", OPEN).getSingleResult();
    }
}
