package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.importance.IssueOfImportance;
import org.veracity.domain.importance.IssueRepository;

@ApplicationScoped
public class JpaIssueRepository implements IssueRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public List<IssueOfImportance> all() {
        return em.createQuery("select i from IssueOfImportance i order by i.activeFrom desc", IssueOfImportance.class)
                .getResultList();
    }

    @Override
    public List<IssueOfImportance> activeAt(Instant t) {
        return em.createQuery("select i from IssueOfImportance i where i.activeFrom <= :t"
                + " and (i.activeUntil is null or i.activeUntil > :t)", IssueOfImportance.class)
                .setParameter("t", t).getResultList();
    }

    @Override
    public Optional<IssueOfImportance> find(long id) {
        return Optional.ofNullable(em.find(IssueOfImportance.class, id));
    }

    @Override
    public Optional<IssueOfImportance> findByName(String name) {
        return em.createQuery("select i from IssueOfImportance i where i.name = :n", IssueOfImportance.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public void store(IssueOfImportance issue) {
        em.persist(issue);
    }
}
