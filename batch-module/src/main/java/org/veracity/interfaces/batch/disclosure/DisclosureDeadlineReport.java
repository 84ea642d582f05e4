package org.veracity.interfaces.batch.disclosure;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.logging.Logger;
import org.veracity.application.DisclosureService;
import org.veracity.interfaces.batch.RunParameters;

/**
 * Records what an execution of {@code enforce-disclosure-deadlines} did as its exit status: "removed N, M left,
 * as of T", N being what this execution removed (a restart counts only its own work).
 */
@Named("disclosureDeadlineReport")
@Dependent
public class DisclosureDeadlineReport extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(DisclosureDeadlineReport.class.getName());

    @Inject
    DisclosureService disclosures;

    @Inject
    JobContext job;

    static long removed(JobContext job) {
        return job.getTransientUserData() instanceof Long n ? n : 0L;
    }

    @Override
    public void beforeJob() {
        Instant asOf = RunParameters.asOf(job);
        LOG.info(() -> "enforce-disclosure-deadlines execution " + job.getExecutionId() + ": "
                + disclosures.countOverdue(asOf) + " overdue disclosure requests as of " + asOf);
    }

    @Override
    public void afterJob() {
        Instant asOf = RunParameters.asOf(job);
        String outcome = "removed " + removed(job) + ", " + disclosures.countOverdue(asOf) + " left, as of " + asOf;
        job.setExitStatus(outcome);
        LOG.info(() -> "enforce-disclosure-deadlines execution " + job.getExecutionId() + " " + job.getBatchStatus()
                + ": " + outcome);
    }
}
