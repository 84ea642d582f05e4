package org.veracity.interfaces.batch.expiry;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.veracity.application.DemotionExpiryService;
import org.veracity.interfaces.batch.RunParameters;

/**
 * Closes one chunk of lapsed demotions. The service's conditional update makes this safe to repeat:
 * a chunk replayed after a crash closes, and audits, nothing a second time. The checkpoint carries
 * how many this job instance closed so far, for the outcome its listener records.
 */
@Named("lapsedDemotionCloser")
@Dependent
public class LapsedDemotionCloser extends AbstractItemWriter {

    @Inject
    DemotionExpiryService expiry;

    @Inject
    JobContext job;

    private Instant asOf;
    private long closed;

    @Override
    public void open(Serializable checkpoint) {
        asOf = RunParameters.asOf(job);
        closed = checkpoint == null ? 0L : (Long) checkpoint;
        job.setTransientUserData(closed);
    }

    @Override
    public void writeItems(List<Object> items) {
        closed += expiry.close(items.stream().map(Long.class::cast).toList(), asOf);
        job.setTransientUserData(closed);
    }

    @Override
    public Serializable checkpointInfo() {
        return closed;
    }
}
