package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
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

    @Override
    public List<DeskUser> list(String organisation) {
        return em.createQuery("select u from DeskUser u where :o is null or u.organisation = :o order by u.username",
                DeskUser.class).setParameter("o", organisation).getResultList();
    }

    @Override
    public boolean isSetupComplete() {
        return ((Number) em.createNativeQuery("select count(*) from desk_setup").getSingleResult()).longValue() > 0;
    }

    @Override
    public void completeSetup(String adminName, Instant at) {
        em.createNativeQuery("insert into desk_setup (id, completed_at, admin_name) values (1, ?, ?)")
                .setParameter(1, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .setParameter(2, adminName).executeUpdate();
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("select count(u) from DeskUser u", Long.class).getSingleResult() == 0;
    }
}
