package org.veracity.interfaces.batch.exemption;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.logging.Logger;
import org.veracity.application.ConflictException;
import org.veracity.application.ExemptionService;
import org.veracity.application.UnknownSubjectException;

/**
 * Records a rebuild's outcome and, when it failed, abandons its staged list (a failed rebuild is not
 * resumed: start a new one). A stopped rebuild keeps its list, so a restart carries on with it.
 */
@Named("rebuildReport")
@Dependent
public class RebuildReport extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(RebuildReport.class.getName());

    @Inject
    ExemptionService exemptions;

    @Inject
    JobContext job;

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.FAILED) {
            Optional<Long> staged = StagedList.of(job);
            staged.ifPresent(this::abandon);
            if (job.getExitStatus() == null || job.getExitStatus().equals(BatchStatus.FAILED.name())) {
                job.setExitStatus("FAILED, the list in force stays" + staged.map(id -> "; staged list " + id + " abandoned").orElse(""));
            }
        }
        LOG.info(() -> "rebuild-exemption-list execution " + job.getExecutionId() + " " + job.getBatchStatus() + ": "
                + job.getExitStatus());
    }

    private void abandon(long listId) {
        try {
            exemptions.abandonRebuild(listId);
        } catch (UnknownSubjectException | ConflictException e) {
            LOG.info(() -> "staged exemption list " + listId + " not abandoned: " + e.getMessage());
        }
    }
}
