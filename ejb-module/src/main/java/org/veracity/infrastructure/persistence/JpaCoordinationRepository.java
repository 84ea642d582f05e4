package org.veracity.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.veracity.domain.coordination.CaseStatus;
import org.veracity.domain.coordination.CoordinationCase;
import org.veracity.domain.coordination.CoordinationRepository;
import org.veracity.domain.coordination.PostTrace;
import org.veracity.infrastructure.config.CoordinationSettings;

@ApplicationScoped
public class JpaCoordinationRepository implements CoordinationRepository {

    /** The transaction's detection number, from {@link #lockDetection} on. */
    private static final Object DETECTION = JpaCoordinationRepository.class.getName() + ".detection";

    /** Present once the transaction has written a trace: the copy then no longer describes what it reads. */
    private static final Object WROTE = JpaCoordinationRepository.class.getName() + ".wrote";

    private static final String TRACE_COLUMNS = "select p.contentId, p.platformId, p.authorId, p.postedAt, p.terms, "
            + "p.sketch1, p.sketch2, p.sketch3, p.sketch4, p.sketch5, p.sketch6, p.caseId from PostTrace p ";

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    CoordinationSettings settings;

    private RecentPostTraces recent;

    @PostConstruct
    void remember() {
        recent = new RecentPostTraces(settings.rememberedPosts());
    }

    @Override
    public void lockDetection() {
        if (transaction.getResource(DETECTION) != null) {
            return; // held already: a caller running two detections in one transaction
        }
        // The update waits for the row lock and holds it to the end; the number it leaves is larger than that of
        // every detection committed before, since each of them held the same lock until it ended.
        // The batch's rows go out before the lock is taken, as an automatic flush would send them, but once: each
        // native statement would otherwise dirty-check the whole intake batch twice (issue 15).
        em.flush();
        // The update sees the row as the last committed detection left it: previous_holder becomes that detection's
        // token, which tells this instance whether it was its own (RecentPostTraces#detecting).
        long token = ThreadLocalRandom.current().nextLong();
        em.createNativeQuery("update coordination_lock set detection = detection + 1, previous_holder = holder,"
                        + " holder = ?1 where id = 1")
                .setParameter(1, token).setFlushMode(FlushModeType.COMMIT).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery(
                        "select detection, previous_holder from coordination_lock where id = 1")
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
        long number = ((Number) row[0]).longValue();
        transaction.putResource(DETECTION, number);
        recent.detecting(number, token,
                row[1] == null ? OptionalLong.empty() : OptionalLong.of(((Number) row[1]).longValue()));
    }

    @Override
    public List<PostTrace> postsSharing(List<? extends Collection<Long>> keysBySlot, Instant from, Instant to) {
        Long detection = (Long) transaction.getResource(DETECTION);
        if (detection != null && transaction.getResource(WROTE) == null) {
            Optional<List<PostTrace>> remembered = recent.sharing(keysBySlot, from, to, detection, database);
            if (remembered.isPresent()) {
                return remembered.get();
            }
        }
        return fromDatabase(keysBySlot, from, to);
    }

    private List<PostTrace> fromDatabase(List<? extends Collection<Long>> keysBySlot, Instant from, Instant to) {
        // One query per band column, each answered by its own index (sketchN, posted_at): the same question as one
        // query OR-ing the columns, which PostgreSQL answered by reading every post of the window, and as the table
        // grew, every entry of another index (issue 15: R18's cost per post grew with all posts ever traced).
        Map<Long, PostTrace> found = new LinkedHashMap<>();
        for (int slot = 0; slot < keysBySlot.size(); slot++) {
            if (keysBySlot.get(slot).isEmpty()) {
                continue;
            }
            traces(em.createQuery(TRACE_COLUMNS + "where p.sketch" + (slot + 1)
                            + " in :keys and p.postedAt >= :from and p.postedAt <= :to", Object[].class)
                    .setParameter("keys", keysBySlot.get(slot)).setParameter("from", from).setParameter("to", to))
                    .filter(t -> !found.containsKey(t.getContentId()))
                    .forEach(t -> found.put(t.getContentId(), t));
        }
        return new ArrayList<>(found.values());
    }

    /** What the copy in memory reads: as the detection lock's holder sees it. */
    private final RecentPostTraces.Source database = new RecentPostTraces.Source() {
        @Override
        public List<PostTrace> writtenAfter(long detection, int limit) {
            return traces(em.createQuery(TRACE_COLUMNS + "where p.detection > :d", Object[].class)
                    .setParameter("d", detection).setMaxResults(limit + 1)).toList();
        }

        @Override
        public List<PostTrace> postedIn(Instant from, Instant until) {
            return traces(em.createQuery(TRACE_COLUMNS + "where p.postedAt >= :from and p.postedAt < :until",
                    Object[].class).setParameter("from", from).setParameter("until", until)).toList();
        }
    };

    /**
     * Traces read as values, not entities: most are only compared, and managed entities would cost a snapshot each
     * and a dirty check at every flush of the intake transaction. No flush first: an intake batch stores its traces
     * after its last query, so nothing of this transaction is pending for it, and an automatic flush would
     * dirty-check every item of the batch on every query (12 % of R18's intake time in a JFR profile).
     */
    private static Stream<PostTrace> traces(jakarta.persistence.TypedQuery<Object[]> query) {
        return query.setFlushMode(FlushModeType.COMMIT).getResultStream()
                .map(r -> PostTrace.known((Long) r[0], (String) r[1], (String) r[2], (Instant) r[3], (String) r[4],
                        new long[] {(Long) r[5], (Long) r[6], (Long) r[7], (Long) r[8], orZero(r[9]), orZero(r[10])},
                        (Long) r[11]));
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
        em.createQuery("update PostTrace p set p.caseId = :c, p.joinedAt = :at, p.detection = :d "
                        + "where p.contentId in :ids")
                .setParameter("c", caseId).setParameter("at", joinedAt).setParameter("d", detection())
                .setParameter("ids", contentIds).executeUpdate();
        transaction.putResource(WROTE, Boolean.TRUE);
        recent.assigned(detection(), caseId, contentIds);
    }

    @Override
    public void store(PostTrace post) {
        post.writtenBy(detection());
        em.persist(post);
        transaction.putResource(WROTE, Boolean.TRUE);
        recent.stored(detection(), post);
    }

    /** The number a trace written now carries; a writer must hold the detection lock. */
    private long detection() {
        Long detection = (Long) transaction.getResource(DETECTION);
        if (detection == null) {
            throw new IllegalStateException("post traces are written only by the holder of the detection lock");
        }
        return detection;
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
