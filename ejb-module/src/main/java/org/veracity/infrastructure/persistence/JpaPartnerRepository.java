package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.factcheck.PartnerOrganisation;
import org.veracity.domain.factcheck.PartnerRepository;

@ApplicationScoped
public class JpaPartnerRepository implements PartnerRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public List<PartnerOrganisation> all() {
        return em.createQuery("select p from PartnerOrganisation p order by p.name", PartnerOrganisation.class)
                .getResultList();
    }

    @Override
    public Optional<PartnerOrganisation> findByName(String name) {
        return em.createQuery("select p from PartnerOrganisation p where p.name = :n", PartnerOrganisation.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public void store(PartnerOrganisation partner) {
        em.persist(partner);
    }

    @Override
    public Optional<PartnerOrganisation> findById(long id) {
        return Optional.ofNullable(em.find(PartnerOrganisation.class, id));
    }
}
