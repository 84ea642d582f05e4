package org.veracity.interfaces.batch.exemption;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.veracity.application.ExemptionService;
import org.veracity.application.ExemptionService.RebuildOutcome;
import org.veracity.domain.access.Actor;

/** Last step of {@code rebuild-exemption-list}: the staged list replaces the one in force, atomically. */
@Named("exemptionListSwitch")
@Dependent
public class ExemptionListSwitch extends AbstractBatchlet {

    @Inject
    ExemptionService exemptions;

    @Inject
    JobContext job;

    @Override
    public String process() {
        long listId = StagedList.of(job).orElseThrow(() -> new IllegalStateException("no staged exemption list"));
        RebuildOutcome outcome = exemptions.completeRebuild(listId, Actor.SYSTEM);
        job.setExitStatus("list " + outcome.listId() + " in force: " + outcome.size() + " domains, "
                + outcome.entered() + " entered, " + outcome.left() + " left");
        return BatchStatus.COMPLETED.name();
    }
}
