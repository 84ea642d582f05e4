package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import org.veracity.application.ScheduledRunService;
import org.veracity.domain.schedule.JobSchedule;
import org.veracity.domain.schedule.SlotClaim;

/** Its own transaction, so the claim is committed before the job starts. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(UseCaseValidation.class)
public class DefaultScheduledRunService implements ScheduledRunService {

    @Inject
    JobSchedule schedule;

    @Inject
    Clock clock;

    @Override
    public boolean claim(String jobName, String instance) {
        Instant now = clock.instant();
        return schedule.claim(jobName, now.truncatedTo(ChronoUnit.HOURS), instance, now);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, SlotClaim> lastClaims() {
        return schedule.lastClaims().stream().collect(Collectors.toMap(SlotClaim::jobName, c -> c));
    }
}
