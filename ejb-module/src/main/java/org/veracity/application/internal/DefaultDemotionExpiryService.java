package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.veracity.application.DemotionExpiryService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.demotion.Demotion;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultDemotionExpiryService implements DemotionExpiryService {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Override
    public List<Long> lapsedAfter(Instant asOf, long afterId, int limit) {
        return em.createQuery("select d.id from Demotion d where d.closedAt is null and d.endsAt <= :asOf"
                        + " and d.id > :after order by d.id", Long.class)
                .setParameter("asOf", asOf).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /**
     * Closes a chunk with one conditional UPDATE after locking the rows still open (SELECT … FOR
     * UPDATE): a second run, or a replayed chunk, waits for the lock and then no longer finds them
     * open, so no demotion is ever closed, or audited, twice. Set-based because the nightly job
     * closes up to a million rows; the audit events are still one per demotion.
     */
    @Override
    public int close(List<Long> demotionIds, Instant asOf) {
        if (demotionIds.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Long> open = ((List<Number>) em.createNativeQuery("select id from demotion where id in (:ids)"
                        + " and closed_at is null and ends_at <= :asOf order by id for update")
                .setParameter("ids", demotionIds).setParameter("asOf", asOf).getResultList())
                .stream().map(Number::longValue).toList();
        if (open.isEmpty()) {
            return 0;
        }
        List<Demotion> lapsed = em.createQuery("select d from Demotion d join fetch d.item where d.id in :ids"
                + " order by d.id", Demotion.class).setParameter("ids", open).getResultList();
        int changed = em.createQuery("update Demotion d set d.closedAt = :asOf where d.id in :ids"
                        + " and d.closedAt is null and d.endsAt <= :asOf")
                .setParameter("asOf", asOf).setParameter("ids", open).executeUpdate();
        if (changed != open.size()) {
            // A database whose row locks did not keep the rows open: nothing may be audited on a guess.
            throw new IllegalStateException("closed " + changed + " of " + open.size() + " locked demotions");
        }
        for (Demotion d : lapsed) {
            audit.record(AuditEntry.of(Actor.SYSTEM, AuditEntry.CONTENT, d.getItem().getPlatformId(),
                    "DEMOTION_EXPIRED", d.getPolicyVersion(), d.getKind() + " x" + d.getMultiplier()
                            + " lapsed at " + d.getEndsAt()));
        }
        return changed;
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
