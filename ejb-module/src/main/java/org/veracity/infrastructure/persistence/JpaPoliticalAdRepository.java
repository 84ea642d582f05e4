package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.politicalad.PoliticalAd;
import org.veracity.domain.politicalad.PoliticalAdBan;
import org.veracity.domain.politicalad.PoliticalAdRepository;

@ApplicationScoped
public class JpaPoliticalAdRepository implements PoliticalAdRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(PoliticalAdBan ban) {
        em.persist(ban);
    }

    @Override
    public Optional<PoliticalAdBan> findBan(long id) {
        return Optional.ofNullable(em.find(PoliticalAdBan.class, id));
    }

    @Override
    public List<PoliticalAdBan> bans() {
        return em.createQuery("select b from PoliticalAdBan b order by b.effectiveFrom desc, b.id desc",
                PoliticalAdBan.class).getResultList();
    }

    @Override
    public List<PoliticalAdBan> bansOf(String region) {
        if (region == null) {
            return List.of();
        }
        return em.createQuery("select b from PoliticalAdBan b where b.region = :r order by b.id", PoliticalAdBan.class)
                .setParameter("r", region).getResultList();
    }

    @Override
    public void store(PoliticalAd ad) {
        em.persist(ad);
    }

    @Override
    public List<PoliticalAd> library(int limit) {
        return em.createQuery("select a from PoliticalAd a join fetch a.item order by a.receivedAt desc, a.id desc",
                PoliticalAd.class).setMaxResults(limit).getResultList();
    }
}
