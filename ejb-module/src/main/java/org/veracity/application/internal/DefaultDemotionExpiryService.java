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
     * Each row is closed by a conditional UPDATE, so two runs (or a restarted one) can never close,
     * or audit, the same demotion twice.
     */
    @Override
    public int close(List<Long> demotionIds, Instant asOf) {
        int closed = 0;
        for (Long id : demotionIds) {
            int changed = em.createQuery("update Demotion d set d.closedAt = :asOf where d.id = :id"
                            + " and d.closedAt is null and d.endsAt <= :asOf")
                    .setParameter("asOf", asOf).setParameter("id", id).executeUpdate();
            if (changed == 1) {
                Demotion d = em.find(Demotion.class, id);
                audit.record(AuditEntry.of(Actor.SYSTEM, AuditEntry.CONTENT, d.getItem().getPlatformId(),
                        "DEMOTION_EXPIRED", d.getPolicyVersion(), d.getKind() + " x" + d.getMultiplier()
                                + " lapsed at " + d.getEndsAt()));
                closed++;
            }
        }
        return closed;
    }

    @Override
    public long countLapsedUnclosed(Instant asOf) {
        return em.createQuery("select count(d) from Demotion d where d.closedAt is null and d.endsAt <= :asOf",
                Long.class).setParameter("asOf", asOf).getSingleResult();
    }
}
