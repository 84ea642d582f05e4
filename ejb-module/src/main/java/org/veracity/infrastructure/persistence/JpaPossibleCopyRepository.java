package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.factcheck.PossibleCopy;
import org.veracity.domain.factcheck.PossibleCopyRepository;
import org.veracity.domain.factcheck.Rating;

@ApplicationScoped
public class JpaPossibleCopyRepository implements PossibleCopyRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(PossibleCopy offer) {
        em.persist(offer);
    }

    @Override
    public Optional<PossibleCopy> find(long id) {
        return Optional.ofNullable(em.find(PossibleCopy.class, id));
    }

    @Override
    public List<PossibleCopy> open() {
        return em.createQuery("select p from PossibleCopy p join fetch p.item join fetch p.original join fetch p.rating r"
                        + " join fetch r.organisation where p.status = :s order by p.offeredAt, p.id", PossibleCopy.class)
                .setParameter("s", PossibleCopy.Status.OFFERED).getResultList();
    }

    @Override
    public List<PossibleCopy> forOriginal(ContentItem original, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from PossibleCopy p where p.original = :o and p.item.id in :ids",
                PossibleCopy.class).setParameter("o", original).setParameter("ids", Set.copyOf(itemIds)).getResultList();
    }

    @Override
    public List<PossibleCopy> openFor(Rating rating) {
        return em.createQuery("select p from PossibleCopy p where p.rating = :r and p.status = :s", PossibleCopy.class)
                .setParameter("r", rating).setParameter("s", PossibleCopy.Status.OFFERED).getResultList();
    }
}
