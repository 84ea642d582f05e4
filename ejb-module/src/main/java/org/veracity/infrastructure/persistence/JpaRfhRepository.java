package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.rfh.RfhEntry;
import org.veracity.domain.rfh.RfhMatch;
import org.veracity.domain.rfh.RfhMatchStatus;
import org.veracity.domain.rfh.RfhRepository;
import org.veracity.domain.rfh.RfhStatus;

@ApplicationScoped
public class JpaRfhRepository implements RfhRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(RfhEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<RfhEntry> find(long id) {
        return Optional.ofNullable(em.find(RfhEntry.class, id));
    }

    @Override
    public List<RfhEntry> all() {
        return em.createQuery("select e from RfhEntry e order by e.nominatedAt desc, e.id desc", RfhEntry.class)
                .getResultList();
    }

    @Override
    public List<RfhEntry> enforced() {
        return em.createQuery("select e from RfhEntry e join fetch e.measure m where e.status = :approved"
                        + " and m.activeSince is not null order by e.id", RfhEntry.class)
                .setParameter("approved", RfhStatus.APPROVED).getResultList();
    }

    @Override
    public void store(RfhMatch match) {
        em.persist(match);
    }

    @Override
    public Optional<RfhMatch> findMatch(long id) {
        return Optional.ofNullable(em.find(RfhMatch.class, id));
    }

    @Override
    public List<RfhMatch> matchesOf(ContentItem item) {
        return em.createQuery("select m from RfhMatch m where m.item = :item order by m.matchedAt, m.id", RfhMatch.class)
                .setParameter("item", item).getResultList();
    }

    @Override
    public List<RfhMatch> pendingReview(int limit) {
        return em.createQuery("select m from RfhMatch m where m.status = :pending order by m.matchedAt, m.id",
                        RfhMatch.class)
                .setParameter("pending", RfhMatchStatus.PENDING_REVIEW).setMaxResults(limit).getResultList();
    }

    @Override
    public long generation() {
        return ((Number) em.createNativeQuery("SELECT counter FROM rfh_generation WHERE id = 1").getSingleResult())
                .longValue();
    }

    @Override
    public void advanceGeneration() {
        em.createNativeQuery("UPDATE rfh_generation SET counter = counter + 1 WHERE id = 1").executeUpdate();
    }
}
