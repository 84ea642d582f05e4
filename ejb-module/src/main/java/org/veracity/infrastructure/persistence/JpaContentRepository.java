package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.content.ContentRepository;

@ApplicationScoped
public class JpaContentRepository implements ContentRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public Optional<ContentItem> findByPlatformId(String platformId) {
        return em.createQuery("select c from ContentItem c where c.platformId = :id", ContentItem.class)
                .setParameter("id", platformId).getResultStream().findFirst();
    }

    @Override
    public List<ContentItem> findByPlatformIds(Collection<String> platformIds) {
        if (platformIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from ContentItem c where c.platformId in :ids", ContentItem.class)
                .setParameter("ids", Set.copyOf(platformIds)).getResultList();
    }

    @Override
    public Set<String> existingPlatformIds(Collection<String> platformIds) {
        List<String> ids = platformIds.stream().filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select c.platformId from ContentItem c where c.platformId in :ids",
                String.class).setParameter("ids", ids).getResultList());
    }

    @Override
    public void store(ContentItem item) {
        em.persist(item);
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from ContentItem c", Long.class).getSingleResult();
    }
}
