package org.veracity.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.veracity.domain.schedule.JobSchedule;
import org.veracity.domain.schedule.SlotClaim;

@ApplicationScoped
public class JpaJobSchedule implements JobSchedule {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Override
    public boolean claim(String jobName, Instant slot, String instance, Instant at) {
        return em.createNativeQuery("update job_schedule set last_slot = ?1, claimed_by = ?2, claimed_at = ?3"
                        + " where job_name = ?4 and (last_slot is null or last_slot < ?1)")
                .setParameter(1, slot).setParameter(2, instance).setParameter(3, at)
                .setParameter(4, jobName).executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SlotClaim> lastClaims() {
        List<Object[]> rows = em.createNativeQuery("select job_name, last_slot, claimed_by, claimed_at from job_schedule"
                        + " where last_slot is not null").unwrap(NativeQuery.class)
                .addScalar("job_name", StandardBasicTypes.STRING).addScalar("last_slot", StandardBasicTypes.INSTANT)
                .addScalar("claimed_by", StandardBasicTypes.STRING).addScalar("claimed_at", StandardBasicTypes.INSTANT)
                .getResultList();
        return rows.stream().map(r -> new SlotClaim((String) r[0], (Instant) r[1], (String) r[2], (Instant) r[3]))
                .toList();
    }
}
