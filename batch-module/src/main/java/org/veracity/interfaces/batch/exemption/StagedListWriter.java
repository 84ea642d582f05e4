package org.veracity.interfaces.batch.exemption;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.veracity.application.ExemptionService;
import org.veracity.application.ExemptionService.RankedHost;

/**
 * Adds ranked hosts to a staged list, begun when the step first opens. The list's id is the
 * checkpoint, so a restarted run adds to the same list; the list in force is untouched until the
 * switch step.
 */
@Named("stagedListWriter")
@Dependent
public class StagedListWriter extends AbstractItemWriter {

    @Inject
    ExemptionService exemptions;

    @Inject
    RebuildSettings settings;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private long listId;

    @Override
    public void open(Serializable checkpoint) {
        listId = checkpoint == null ? exemptions.beginRebuild(settings.source(), settings.topN()) : (Long) checkpoint;
        StagedList.remember(job, step, listId);
    }

    @Override
    public void writeItems(List<Object> items) {
        exemptions.addRanked(listId, items.stream().map(RankedHost.class::cast).toList());
    }

    @Override
    public Serializable checkpointInfo() {
        return listId;
    }
}
