package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.demotion.DemotionRepository;

@ApplicationScoped
public class JpaDemotionRepository implements DemotionRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(Demotion demotion) {
        em.persist(demotion);
    }

    @Override
    public List<Demotion> findByItem(ContentItem item) {
        return em.createQuery("select d from Demotion d where d.item = :item order by d.startsAt, d.id", Demotion.class)
                .setParameter("item", item).getResultList();
    }

    @Override
    public List<Demotion> inForceAt(Collection<ContentItem> items, Instant t) {
        return inForceAtByItemIds(items.stream().map(ContentItem::getId).toList(), t);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Demotion> inForceAtByItemIds(Collection<Long> itemIds, Instant t) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        // The ids as one array parameter (the same SQL for any batch size); ordered so reasons come out alike.
        return em.createNativeQuery("select d.* from demotion d where d.content_id = any(?1) and d.starts_at <= ?2"
                        + " and (d.ends_at is null or d.ends_at > ?2) and (d.lifted_at is null or d.lifted_at > ?2)"
                        + " order by d.content_id, d.id", Demotion.class)
                .setParameter(1, itemIds.stream().distinct().toArray(Long[]::new)).setParameter(2, t)
                .getResultList();
    }

    @Override
    public boolean hasDemotionOfKind(ContentItem item, DemotionKind kind) {
        return em.createQuery("select count(d) from Demotion d where d.item = :item and d.kind = :kind", Long.class)
                .setParameter("item", item).setParameter("kind", kind).getSingleResult() > 0;
    }

    @Override
    public long countOfKindByAuthorSince(String authorId, DemotionKind kind, Instant since) {
        return em.createQuery("select count(distinct d.item) from Demotion d where d.item.authorId = :a"
                        + " and d.kind = :kind and d.startsAt >= :since", Long.class)
                .setParameter("a", authorId).setParameter("kind", kind).setParameter("since", since).getSingleResult();
    }

    @Override
    public List<Demotion> forRating(long ratingId) {
        return em.createQuery("select d from Demotion d where d.ratingId = :r", Demotion.class)
                .setParameter("r", ratingId).getResultList();
    }
}
