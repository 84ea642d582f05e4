package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.policy.Policy;
import org.veracity.domain.policy.PolicyRepository;

@ApplicationScoped
public class JpaPolicyRepository implements PolicyRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public List<Policy> catalogue() {
        return em.createQuery("select distinct p from Policy p left join fetch p.versions order by p.ruleRef, p.code",
                Policy.class).getResultList();
    }

    @Override
    public Optional<Policy> findByCode(String code) {
        return Optional.ofNullable(em.find(Policy.class, code));
    }
}
