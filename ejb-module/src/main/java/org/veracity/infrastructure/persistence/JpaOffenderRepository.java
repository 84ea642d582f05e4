package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.offender.OffenderRepository;
import org.veracity.domain.offender.RepeatOffender;

@ApplicationScoped
public class JpaOffenderRepository implements OffenderRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(RepeatOffender offender) {
        em.persist(offender);
    }

    @Override
    public Optional<RepeatOffender> inForce(RepeatOffender.SubjectKind kind, String subject, Instant now) {
        return em.createQuery("select o from RepeatOffender o where o.subjectKind = :k and o.subject = :s"
                        + " and o.startsAt <= :now and o.endsAt > :now", RepeatOffender.class)
                .setParameter("k", kind).setParameter("s", subject).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<RepeatOffender> inForceFor(Collection<String> authors, Collection<String> domains, Instant now) {
        List<String> a = authors.isEmpty() ? List.of("") : List.copyOf(authors);
        List<String> d = domains.isEmpty() ? List.of("") : List.copyOf(domains);
        return em.createQuery("select o from RepeatOffender o where o.startsAt <= :now and o.endsAt > :now and"
                        + " ((o.subjectKind = :author and o.subject in :a) or (o.subjectKind = :domain and o.subject in :d))",
                        RepeatOffender.class)
                .setParameter("now", now).setParameter("a", a).setParameter("d", d)
                .setParameter("author", RepeatOffender.SubjectKind.AUTHOR)
                .setParameter("domain", RepeatOffender.SubjectKind.DOMAIN).getResultList();
    }

    @Override
    public List<RepeatOffender> recent(int limit) {
        return em.createQuery("select o from RepeatOffender o order by o.startsAt desc", RepeatOffender.class)
                .setMaxResults(limit).getResultList();
    }
}
