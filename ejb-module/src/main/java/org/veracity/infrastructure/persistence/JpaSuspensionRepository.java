package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return authorId == null ? Optional.empty() : Optional.ofNullable(inForce(List.of(authorId), t).get(authorId));
    }

    @Override
    public Map<String, AccountSuspension> inForce(Collection<String> authorIds, Instant t) {
        Map<String, AccountSuspension> byAuthor = new HashMap<>();
        if (authorIds.isEmpty()) {
            return byAuthor;
        }
        // Longest-lasting first, so the first row of each author is the one that answers for it.
        em.createQuery("select s from AccountSuspension s where s.authorId in :a and s.startsAt <= :t"
                        + " and (s.endsAt is null or s.endsAt > :t) and (s.liftedAt is null or s.liftedAt > :t)"
                        + " order by case when s.endsAt is null then 1 else 0 end desc, s.endsAt desc",
                        AccountSuspension.class)
                .setParameter("a", authorIds).setParameter("t", t).getResultStream()
                .forEach(s -> byAuthor.putIfAbsent(s.getAuthorId(), s));
        return byAuthor;
    }
}
