package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.label.Label;
import org.veracity.domain.label.LabelRepository;

@ApplicationScoped
public class JpaLabelRepository implements LabelRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(Label label) {
        em.persist(label);
    }

    @Override
    public List<Label> forItem(ContentItem item) {
        return em.createQuery("select l from Label l where l.item = :i order by l.appliedAt", Label.class)
                .setParameter("i", item).getResultList();
    }

    @Override
    public List<Label> forItems(Collection<ContentItem> items) {
        return forItemIds(items.stream().map(ContentItem::getId).toList());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Label> forItemIds(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select l.* from content_label l where l.content_id = any(?1) and l.removed_at is null"
                        + " order by l.content_id, l.id", Label.class)
                .setParameter(1, itemIds.stream().distinct().toArray(Long[]::new)).getResultList();
    }

    @Override
    public List<Label> forRating(long ratingId) {
        return em.createQuery("select l from Label l where l.ratingId = :r", Label.class)
                .setParameter("r", ratingId).getResultList();
    }
}
