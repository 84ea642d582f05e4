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
    @SuppressWarnings("unchecked")
    public List<RepeatOffender> inForceFor(Collection<String> authors, Collection<String> domains, Instant now) {
        if (authors.isEmpty() && domains.isEmpty()) {
            return List.of();
        }
        // Each list as one array parameter, joined (not "= any"): with a prepared statement's generic plan,
        // "subject = any(?)" compares every penalty with every name of the batch (up to 1,000 authors).
        return em.createNativeQuery("select o.* from repeat_offender o join unnest(?3) as a(subject) on o.subject = a.subject"
                        + " where o.subject_kind = ?2 and o.starts_at <= ?1 and o.ends_at > ?1"
                        + " union all select o.* from repeat_offender o join unnest(?5) as d(subject) on o.subject = d.subject"
                        + " where o.subject_kind = ?4 and o.starts_at <= ?1 and o.ends_at > ?1 order by id", RepeatOffender.class)
                .setParameter(1, now)
                .setParameter(2, RepeatOffender.SubjectKind.AUTHOR.name())
                .setParameter(3, authors.stream().distinct().toArray(String[]::new))
                .setParameter(4, RepeatOffender.SubjectKind.DOMAIN.name())
                .setParameter(5, domains.stream().distinct().toArray(String[]::new)).getResultList();
    }

    @Override
    public List<RepeatOffender> notLapsed(Instant now) {
        return em.createQuery("select o from RepeatOffender o where o.endsAt > :now order by o.id", RepeatOffender.class)
                .setParameter("now", now).getResultList();
    }

    @Override
    public List<RepeatOffender> recent(int limit) {
        return em.createQuery("select o from RepeatOffender o order by o.startsAt desc", RepeatOffender.class)
                .setMaxResults(limit).getResultList();
    }
}
