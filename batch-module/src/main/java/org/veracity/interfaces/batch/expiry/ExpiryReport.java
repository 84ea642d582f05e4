package org.veracity.interfaces.batch.expiry;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.logging.Logger;
import org.veracity.application.DemotionExpiryService;
import org.veracity.interfaces.batch.RunParameters;

/**
 * Records what an execution of {@code expire-demotions} did as its exit status: "closed N, M left, as
 * of T", N being what this execution closed (a restart counts only its own work).
 */
@Named("expiryReport")
@Dependent
public class ExpiryReport extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ExpiryReport.class.getName());

    @Inject
    DemotionExpiryService expiry;

    @Inject
    JobContext job;

    @Override
    public void beforeJob() {
        Instant asOf = RunParameters.asOf(job);
        LOG.info(() -> "expire-demotions execution " + job.getExecutionId() + ": " + expiry.countLapsedUnclosed(asOf)
                + " lapsed demotions to close as of " + asOf);
    }

    /** Closed so far in this execution, as {@link ClosedCountAnalyzer} adds it up. */
    static long closed(JobContext job) {
        return job.getTransientUserData() instanceof Long n ? n : 0L;
    }

    @Override
    public void afterJob() {
        Instant asOf = RunParameters.asOf(job);
        String outcome = "closed " + closed(job) + ", " + expiry.countLapsedUnclosed(asOf) + " left, as of " + asOf;
        job.setExitStatus(outcome);
        LOG.info(() -> "expire-demotions execution " + job.getExecutionId() + " " + job.getBatchStatus() + ": " + outcome);
    }
}
