package org.veracity.interfaces.batch.projection;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.veracity.application.DistributionProjectionService.ReconciledPage;

/**
 * Adds up what the pages found into the exit status: "checked N items, repaired M" and the first repaired ids. Kept
 * in the step's persistent data, so a restarted run goes on counting.
 */
@Named("projectionDriftTally")
@Dependent
public class ProjectionDriftTally extends AbstractItemWriter {

    private static final int NAMED = 20;

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> pages) {
        Tally tally = step.getPersistentUserData() instanceof Tally t ? t : new Tally();
        for (Object o : pages) {
            ReconciledPage page = (ReconciledPage) o;
            tally.checked += page.checked();
            tally.repaired += page.repaired().size();
            for (String id : page.repaired()) {
                if (tally.named.size() < NAMED) {
                    tally.named.add(id);
                }
            }
        }
        step.setPersistentUserData(tally);
        job.setExitStatus("checked " + tally.checked + " items, repaired " + tally.repaired
                + (tally.named.isEmpty() ? "" : ": " + String.join(", ", tally.named)));
    }

    static final class Tally implements Serializable {
        private static final long serialVersionUID = 1L;
        long checked;
        long repaired;
        final ArrayList<String> named = new ArrayList<>();
    }
}
