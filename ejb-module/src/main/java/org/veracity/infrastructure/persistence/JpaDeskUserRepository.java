package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.veracity.domain.access.DeskUser;
import org.veracity.domain.access.DeskUserRepository;

@ApplicationScoped
public class JpaDeskUserRepository implements DeskUserRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public Optional<DeskUser> findByUsername(String username) {
        return em.createQuery("select u from DeskUser u where u.username = :u", DeskUser.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public void store(DeskUser user) {
        em.persist(user);
    }
}
