package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.suspension.AccountSuspension;
import org.veracity.domain.suspension.SuspensionRepository;

@ApplicationScoped
public class JpaSuspensionRepository implements SuspensionRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(AccountSuspension suspension) {
        em.persist(suspension);
    }

    @Override
    public Optional<AccountSuspension> find(long id) {
        return Optional.ofNullable(em.find(AccountSuspension.class, id));
    }

    @Override
    public List<AccountSuspension> recent(int limit) {
        return em.createQuery("select s from AccountSuspension s order by s.suspendedAt desc, s.id desc",
                AccountSuspension.class).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<AccountSuspension> inForce(String authorId, Instant t) {
        return em.createQuery("select s from AccountSuspension s where s.authorId = :a and s.startsAt <= :t"
                        + " and (s.endsAt is null or s.endsAt > :t) and (s.liftedAt is null or s.liftedAt > :t)"
                        + " order by case when s.endsAt is null then 1 else 0 end desc, s.endsAt desc",
                        AccountSuspension.class)
                .setParameter("a", authorId).setParameter("t", t).setMaxResults(1).getResultStream().findFirst();
    }
}
