package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.hibernate.Session;
import org.veracity.domain.content.ContentItem;
import org.veracity.domain.demotion.Demotion;
import org.veracity.domain.demotion.DemotionKind;
import org.veracity.domain.demotion.DemotionRepository;
import org.veracity.domain.demotion.LapsedDemotion;
import org.veracity.domain.demotion.Multiplier;

@ApplicationScoped
public class JpaDemotionRepository implements DemotionRepository {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public void store(Demotion demotion) {
        em.persist(demotion);
    }

    @Override
    public List<Demotion> findByItem(ContentItem item) {
        return em.createQuery("select d from Demotion d where d.item = :item order by d.startsAt, d.id", Demotion.class)
                .setParameter("item", item).getResultList();
    }

    @Override
    public List<Demotion> inForceAt(Collection<ContentItem> items, Instant t) {
        return inForceAtByItemIds(items.stream().map(ContentItem::getId).toList(), t);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Demotion> inForceAtByItemIds(Collection<Long> itemIds, Instant t) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        // The ids as one array parameter (the same SQL for any batch size); ordered so reasons come out alike.
        return em.createNativeQuery("select d.* from demotion d where d.content_id = any(?1) and d.starts_at <= ?2"
                        + " and (d.ends_at is null or d.ends_at > ?2) and (d.lifted_at is null or d.lifted_at > ?2)"
                        + " order by d.content_id, d.id", Demotion.class)
                .setParameter(1, itemIds.stream().distinct().toArray(Long[]::new)).setParameter(2, t)
                .getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Demotion> notLapsedByItemIds(Collection<Long> itemIds, Instant t) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select d.* from demotion d where d.content_id = any(?1)"
                        + " and (d.ends_at is null or d.ends_at > ?2) and (d.lifted_at is null or d.lifted_at > ?2)"
                        + " order by d.content_id, d.id", Demotion.class)
                .setParameter(1, itemIds.stream().distinct().toArray(Long[]::new)).setParameter(2, t)
                .getResultList();
    }

    @Override
    public boolean hasDemotionOfKind(ContentItem item, DemotionKind kind) {
        return em.createQuery("select count(d) from Demotion d where d.item = :item and d.kind = :kind", Long.class)
                .setParameter("item", item).setParameter("kind", kind).getSingleResult() > 0;
    }

    @Override
    public long countOfKindByAuthorSince(String authorId, DemotionKind kind, Instant since) {
        return em.createQuery("select count(distinct d.item) from Demotion d where d.item.authorId = :a"
                        + " and d.kind = :kind and d.startsAt >= :since", Long.class)
                .setParameter("a", authorId).setParameter("kind", kind).setParameter("since", since).getSingleResult();
    }

    @Override
    public List<Demotion> forRating(long ratingId) {
        return em.createQuery("select d from Demotion d where d.ratingId = :r", Demotion.class)
                .setParameter("r", ratingId).getResultList();
    }

    @Override
    public List<Long> lapsedOpenIds(Instant asOf, long afterId, int limit) {
        return em.createQuery("select d.id from Demotion d where d.closedAt is null"
                        + " and d.endsAt <= :asOf and d.id > :after order by d.id", Long.class)
                .setParameter("asOf", asOf).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /**
     * Set-based because the nightly job closes up to a million rows. On PostgreSQL one {@code UPDATE … RETURNING}
     * closes the rows and hands back what their events say. Elsewhere (H2) the open rows are locked with
     * {@code SELECT … FOR UPDATE}, read as a projection and closed with one conditional UPDATE.
     */
    @Override
    public List<LapsedDemotion> closeLapsed(List<Long> demotionIds, Instant asOf) {
        if (demotionIds.isEmpty()) {
            return List.of();
        }
        return Databases.isPostgres(em) ? closeReturning(demotionIds, asOf) : lockAndClose(demotionIds, asOf);
    }

    private List<LapsedDemotion> closeReturning(List<Long> demotionIds, Instant asOf) {
        List<LapsedDemotion> closed = new ArrayList<>(demotionIds.size());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update demotion d set closed_at = ?"
                    + " from content_item c where d.id = any(?) and d.closed_at is null and d.ends_at <= ?"
                    + " and c.id = d.content_id"
                    + " returning d.id, c.platform_id, d.kind, d.multiplier, d.ends_at, d.policy_version")) {
                OffsetDateTime cutOff = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
                update.setObject(1, cutOff);
                update.setArray(2, connection.createArrayOf("bigint", demotionIds.toArray()));
                update.setObject(3, cutOff);
                // getTimestamp, not getObject(…, OffsetDateTime.class): the pool's wrapper answers the latter
                // through reflection, which cost more than the rest of reading 5,000 rows.
                try (ResultSet rows = update.executeQuery()) {
                    while (rows.next()) {
                        closed.add(new LapsedDemotion(rows.getLong(1), rows.getString(2), rows.getString(3),
                                new Multiplier(rows.getDouble(4)), rows.getTimestamp(5).toInstant(),
                                rows.getString(6)));
                    }
                }
            }
        });
        // Events in demotion id order, as the chunk was read.
        closed.sort(Comparator.comparingLong(LapsedDemotion::id));
        return closed;
    }

    private List<LapsedDemotion> lockAndClose(List<Long> demotionIds, Instant asOf) {
        @SuppressWarnings("unchecked")
        List<Long> open = ((List<Number>) em.createNativeQuery("select id from demotion where id in (:ids)"
                        + " and closed_at is null and ends_at <= :asOf order by id for update")
                .setParameter("ids", demotionIds).setParameter("asOf", asOf).getResultList())
                .stream().map(Number::longValue).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<LapsedDemotion> lapsed = em.createQuery("select d.id, d.item.platformId, d.kind, d.multiplier, d.endsAt,"
                        + " d.policyVersion from Demotion d where d.id in :ids order by d.id", Object[].class)
                .setParameter("ids", open).getResultStream()
                .map(r -> new LapsedDemotion((Long) r[0], (String) r[1], String.valueOf(r[2]), (Multiplier) r[3],
                        (Instant) r[4], (String) r[5])).toList();
        int changed = em.createQuery("update Demotion d set d.closedAt = :asOf where d.id in :ids"
                        + " and d.closedAt is null and d.endsAt <= :asOf")
                .setParameter("asOf", asOf).setParameter("ids", open).executeUpdate();
        if (changed != open.size() || lapsed.size() != open.size()) {
            // A database whose row locks did not keep the rows open: nothing may be audited on a guess.
            throw new IllegalStateException("closed " + changed + " of " + open.size() + " locked demotions");
        }
        return lapsed;
    }

    @Override
    public long countLapsedUnclosed(Instant asOf) {
        return em.createQuery("select count(d) from Demotion d where d.closedAt is null and d.endsAt <= :asOf",
                Long.class).setParameter("asOf", asOf).getSingleResult();
    }

    @Override
    public long countClosedAt(Instant asOf) {
        return em.createQuery("select count(d) from Demotion d where d.closedAt = :asOf", Long.class)
                .setParameter("asOf", asOf).getSingleResult();
    }
}
