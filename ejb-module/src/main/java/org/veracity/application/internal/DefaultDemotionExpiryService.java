package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.Session;
import org.veracity.application.DemotionExpiryService;
import org.veracity.application.ExpiryShare;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.demotion.Multiplier;
import org.veracity.infrastructure.persistence.Databases;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultDemotionExpiryService implements DemotionExpiryService {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Override
    public List<Long> lapsedAfter(Instant asOf, ExpiryShare share, long afterId, int limit) {
        // The share is picked out in Java, not in SQL: a residue filter there makes PostgreSQL misjudge the
        // row count and scan the whole table instead of walking the primary key (120 ms a page, not 3).
        return share.pick((after, pageSize) -> em.createQuery("select d.id from Demotion d where d.closedAt is null"
                        + " and d.endsAt <= :asOf and d.id > :after order by d.id", Long.class)
                .setParameter("asOf", asOf).setParameter("after", after).setMaxResults(pageSize).getResultList(),
                afterId, limit);
    }

    /**
     * Closes a chunk and appends one audit event per closed demotion, in one transaction. Exactly once:
     * only rows still open are closed, under their row locks, and only the rows this call closed are
     * audited, so a second run, or a replayed chunk, waits for the locks and then finds nothing left to
     * close. Set-based because the nightly job closes up to a million rows.
     * <p>
     * On PostgreSQL one {@code UPDATE … RETURNING} closes the rows and hands back what their events say
     * (a concurrent closer's rows are re-checked after its commit and skipped). Elsewhere (H2) the open
     * rows are locked with {@code SELECT … FOR UPDATE}, read as a projection and closed with one
     * conditional UPDATE.
     */
    @Override
    public int close(List<Long> demotionIds, Instant asOf) {
        if (demotionIds.isEmpty()) {
            return 0;
        }
        List<Lapsed> closed = Databases.isPostgres(em) ? closeReturning(demotionIds, asOf) : lockAndClose(demotionIds, asOf);
        List<AuditEntry> entries = new ArrayList<>(closed.size());
        for (Lapsed d : closed) {
            entries.add(AuditEntry.of(Actor.SYSTEM, AuditEntry.CONTENT, d.platformId(), "DEMOTION_EXPIRED",
                    d.policyVersion(), d.kind() + " x" + d.multiplier() + " lapsed at " + d.endsAt()));
        }
        audit.recordAll(entries);
        return closed.size();
    }

    /** What the audit event of one closed demotion says; {@code multiplier} as {@code Multiplier} prints it. */
    private record Lapsed(long id, String platformId, String kind, Multiplier multiplier, Instant endsAt,
                          String policyVersion) {
    }

    private List<Lapsed> closeReturning(List<Long> demotionIds, Instant asOf) {
        List<Lapsed> closed = new ArrayList<>(demotionIds.size());
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
                        closed.add(new Lapsed(rows.getLong(1), rows.getString(2), rows.getString(3),
                                new Multiplier(rows.getDouble(4)), rows.getTimestamp(5).toInstant(),
                                rows.getString(6)));
                    }
                }
            }
        });
        // Events in demotion id order, as the chunk was read.
        closed.sort(Comparator.comparingLong(Lapsed::id));
        return closed;
    }

    private List<Lapsed> lockAndClose(List<Long> demotionIds, Instant asOf) {
        @SuppressWarnings("unchecked")
        List<Long> open = ((List<Number>) em.createNativeQuery("select id from demotion where id in (:ids)"
                        + " and closed_at is null and ends_at <= :asOf order by id for update")
                .setParameter("ids", demotionIds).setParameter("asOf", asOf).getResultList())
                .stream().map(Number::longValue).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<Lapsed> lapsed = em.createQuery("select d.id, d.item.platformId, d.kind, d.multiplier, d.endsAt,"
                        + " d.policyVersion from Demotion d where d.id in :ids order by d.id", Object[].class)
                .setParameter("ids", open).getResultStream()
                .map(r -> new Lapsed((Long) r[0], (String) r[1], String.valueOf(r[2]), (Multiplier) r[3],
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
    public long countClosedAsOf(Instant asOf) {
        return em.createQuery("select count(d) from Demotion d where d.closedAt = :asOf", Long.class)
                .setParameter("asOf", asOf).getSingleResult();
    }
}
