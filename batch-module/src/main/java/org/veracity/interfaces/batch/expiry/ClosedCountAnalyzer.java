package org.veracity.interfaces.batch.expiry;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Adds up what the partitions closed in this execution, for the outcome {@link ExpiryReport} records. */
@Named("closedCountAnalyzer")
@Dependent
public class ClosedCountAnalyzer extends AbstractPartitionAnalyzer {

    @Inject
    JobContext job;

    @Override
    public void analyzeCollectorData(Serializable data) {
        if (data instanceof Long closed) {
            job.setTransientUserData(ExpiryReport.closed(job) + closed);
        }
    }
}
