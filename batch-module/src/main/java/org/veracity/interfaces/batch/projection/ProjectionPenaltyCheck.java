package org.veracity.interfaces.batch.projection;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.veracity.application.DistributionProjectionService;

/**
 * First step of {@code reconcile-distribution-projection}: rebuild if incomplete, else check the penalty book. Its
 * outcome is the step's exit status, which the job XML ends on ({@code NO GRID}, {@code REBUILT}, …).
 */
@Named("projectionPenaltyCheck")
@Dependent
public class ProjectionPenaltyCheck extends AbstractBatchlet {

    @Inject
    DistributionProjectionService projection;

    @Inject
    JobContext job;

    @Override
    public String process() {
        String outcome = projection.reconcilePenaltiesOrRebuild();
        job.setExitStatus(outcome);
        return outcome;
    }
}
