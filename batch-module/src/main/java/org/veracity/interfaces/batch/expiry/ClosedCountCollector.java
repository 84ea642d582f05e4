package org.veracity.interfaces.batch.expiry;

import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Runs on each partition after every chunk: hands the demotions closed since its last call to
 * {@link ClosedCountAnalyzer} on the job's own thread.
 */
@Named("closedCountCollector")
@Dependent
public class ClosedCountCollector implements PartitionCollector {

    @Inject
    StepContext step;

    /** Closed by this partition and not yet collected. */
    static long pending(StepContext step) {
        return step.getTransientUserData() instanceof Long n ? n : 0L;
    }

    @Override
    public Serializable collectPartitionData() {
        long closed = pending(step);
        step.setTransientUserData(0L);
        return closed;
    }
}
