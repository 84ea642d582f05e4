package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
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
        // Versions fetched with the policy: callers outside a transaction (the pre-publication check) read them.
        // Policies come from migrations only; the application never writes them, so nothing it holds unflushed can
        // change the answer, and the query skips the automatic flush (a dirty check of an intake batch, issue 15).
        return em.createQuery("select distinct p from Policy p left join fetch p.versions where p.code = :c", Policy.class)
                .setParameter("c", code).setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
    }
}
