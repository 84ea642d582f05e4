package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.veracity.application.ScheduledRunService;

/**
 * One conditional UPDATE decides, as for queue claims: the database row lock makes a second
 * instance wait for the first one's commit, after which the slot is no longer earlier than its own
 * and it updates nothing. Its own transaction, so the claim is committed before the job starts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(UseCaseValidation.class)
public class DefaultScheduledRunService implements ScheduledRunService {

    @PersistenceContext(unitName = "veracity")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public boolean claim(String jobName, String instance) {
        Instant slot = clock.instant().truncatedTo(ChronoUnit.HOURS);
        int claimed = em.createNativeQuery("update job_schedule set last_slot = ?1, claimed_by = ?2, claimed_at = ?3"
                        + " where job_name = ?4 and (last_slot is null or last_slot < ?1)")
                .setParameter(1, slot).setParameter(2, instance).setParameter(3, clock.instant())
                .setParameter(4, jobName).executeUpdate();
        return claimed == 1;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Map<String, Claim> lastClaims() {
        List<Object[]> rows = em.createNativeQuery("select job_name, last_slot, claimed_by, claimed_at from job_schedule"
                        + " where last_slot is not null").unwrap(NativeQuery.class)
                .addScalar("job_name", StandardBasicTypes.STRING).addScalar("last_slot", StandardBasicTypes.INSTANT)
                .addScalar("claimed_by", StandardBasicTypes.STRING).addScalar("claimed_at", StandardBasicTypes.INSTANT)
                .getResultList();
        return rows.stream().map(r -> new Claim((String) r[0], (Instant) r[1], (String) r[2], (Instant) r[3]))
                .collect(Collectors.toMap(Claim::jobName, c -> c));
    }
}
