package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.enforcement.RemovalException;
import org.veracity.domain.enforcement.RemovalExceptionRepository;

@ApplicationScoped
public class JpaRemovalExceptionRepository implements RemovalExceptionRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public List<RemovalException> all() {
        return em.createQuery("select e from RemovalException e order by e.name", RemovalException.class)
                .getResultList();
    }

    @Override
    public Optional<RemovalException> find(String code) {
        return Optional.ofNullable(em.find(RemovalException.class, code));
    }

    @Override
    public void store(RemovalException exception) {
        em.persist(exception);
    }
}
