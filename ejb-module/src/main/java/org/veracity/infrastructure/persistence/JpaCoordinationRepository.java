package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veracity.domain.coordination.CaseStatus;
import org.veracity.domain.coordination.CoordinationCase;
import org.veracity.domain.coordination.CoordinationRepository;
import org.veracity.domain.coordination.PostTrace;

@ApplicationScoped
public class JpaCoordinationRepository implements CoordinationRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void lockDetection() {
        em.createNativeQuery("select id from coordination_lock where id = 1 for update").getSingleResult();
    }

    @Override
    public List<PostTrace> postsSharing(List<? extends Collection<Long>> keysBySlot, Instant from, Instant to) {
        // One query per band column, each answered by its own index (sketchN, posted_at): the same question as one
        // query OR-ing the columns, which PostgreSQL answered by reading every post of the window, and as the table
        // grew, every entry of another index (issue 15: R18's cost per post grew with all posts ever traced).
        Map<Long, PostTrace> found = new LinkedHashMap<>();
        for (int slot = 0; slot < keysBySlot.size(); slot++) {
            if (keysBySlot.get(slot).isEmpty()) {
                continue;
            }
            // Read as values, not entities: most are only compared, and managed entities would cost a snapshot each
            // and a dirty check at every flush of the intake transaction.
            em.createQuery("select p.contentId, p.platformId, p.authorId, p.postedAt, p.terms, p.sketch1, p.sketch2, "
                            + "p.sketch3, p.sketch4, p.sketch5, p.sketch6, p.caseId from PostTrace p where p.sketch"
                            + (slot + 1) + " in :keys and p.postedAt >= :from and p.postedAt <= :to", Object[].class)
                    .setParameter("keys", keysBySlot.get(slot)).setParameter("from", from).setParameter("to", to)
                    // No flush first: an intake batch stores its traces after its last query, so nothing of this
                    // transaction is pending for it, and an automatic flush would dirty-check every item of the batch
                    // on every query (12 % of R18's intake time in a JFR profile).
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultStream()
                    .filter(r -> !found.containsKey((Long) r[0]))
                    .forEach(r -> found.put((Long) r[0], PostTrace.known((Long) r[0], (String) r[1], (String) r[2],
                            (Instant) r[3], (String) r[4], new long[] {(Long) r[5], (Long) r[6], (Long) r[7],
                            (Long) r[8], orZero(r[9]), orZero(r[10])}, (Long) r[11])));
        }
        return new ArrayList<>(found.values());
    }

    /** A trace of the four-band scheme has no fifth and sixth key (see {@link PostTrace#sketch()}). */
    private static long orZero(Object key) {
        return key == null ? 0 : (Long) key;
    }

    @Override
    public void assign(long caseId, Collection<Long> contentIds, Instant joinedAt) {
        if (contentIds.isEmpty()) {
            return;
        }
        em.createQuery("update PostTrace p set p.caseId = :c, p.joinedAt = :at where p.contentId in :ids")
                .setParameter("c", caseId).setParameter("at", joinedAt).setParameter("ids", contentIds)
                .executeUpdate();
    }

    @Override
    public void store(PostTrace post) {
        em.persist(post);
    }

    @Override
    public void store(CoordinationCase coordinationCase) {
        em.persist(coordinationCase);
    }

    @Override
    public Optional<CoordinationCase> find(long id) {
        return Optional.ofNullable(em.find(CoordinationCase.class, id));
    }

    @Override
    public List<CoordinationCase> newest(int offset, int limit) {
        return em.createQuery("select c from CoordinationCase c order by c.openedAt desc, c.id desc",
                CoordinationCase.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from CoordinationCase c", Long.class).getSingleResult();
    }

    @Override
    public List<PostTrace> postsOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from PostTrace p where p.caseId in :ids order by p.postedAt, p.contentId",
                PostTrace.class).setParameter("ids", caseIds).getResultList();
    }

    @Override
    public Map<CaseStatus, Long> countByStatus() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            counts.put(s, 0L);
        }
        em.createQuery("select c.status, count(c) from CoordinationCase c group by c.status", Object[].class)
                .getResultList().forEach(row -> counts.put((CaseStatus) row[0], (Long) row[1]));
        return counts;
    }
}
