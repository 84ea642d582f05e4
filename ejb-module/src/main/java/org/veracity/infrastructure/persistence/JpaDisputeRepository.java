package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.factcheck.Dispute;
import org.veracity.domain.factcheck.DisputeRepository;
import org.veracity.domain.factcheck.Rating;

@ApplicationScoped
public class JpaDisputeRepository implements DisputeRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(Dispute dispute) {
        em.persist(dispute);
    }

    @Override
    public Optional<Dispute> find(long id) {
        return Optional.ofNullable(em.find(Dispute.class, id));
    }

    @Override
    public List<Dispute> open() {
        return em.createQuery("select d from Dispute d join fetch d.rating r join fetch r.item join fetch r.organisation"
                + " where d.status = :open order by d.openedAt", Dispute.class)
                .setParameter("open", Dispute.Status.OPEN).getResultList();
    }

    @Override
    public List<Dispute> forRating(Rating rating) {
        return em.createQuery("select d from Dispute d where d.rating = :r order by d.openedAt", Dispute.class)
                .setParameter("r", rating).getResultList();
    }
}
