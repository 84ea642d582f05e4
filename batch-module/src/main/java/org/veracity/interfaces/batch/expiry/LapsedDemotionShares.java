package org.veracity.interfaces.batch.expiry;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.application.ExpiryShare;
import org.veracity.interfaces.batch.RunParameters;

/**
 * Splits the closing into {@code shares} partitions ({@link ExpiryShare}), each on its own thread:
 * closing a chunk is mostly waiting for PostgreSQL, and only the audit append is serial (one chain),
 * so two closers keep a second core busy. A restart keeps the first execution's partition count (the
 * plan does not override it), and the split depends only on ids, so every partition resumes its own
 * rows from its checkpoint.
 */
@Named("lapsedDemotionShares")
@Dependent
public class LapsedDemotionShares implements PartitionMapper {

    static final String AS_OF = "asOf";
    static final String SHARE = "share";
    static final String SHARES = "shares";

    @Inject
    JobContext job;

    /** The run's {@code partitions} parameter ({@link org.veracity.application.JobService} always sets one). */
    @Inject
    @BatchProperty(name = SHARES)
    String sharesProperty;

    @Inject
    @ConfigProperty(name = "veracity.expiry.partitions", defaultValue = "2")
    int configuredShares;

    @Override
    public PartitionPlan mapPartitions() {
        int shares = sharesProperty == null || sharesProperty.isBlank() ? configuredShares
                : Integer.parseInt(sharesProperty.trim());
        if (shares < 1 || shares > 16) {
            throw new IllegalArgumentException("partitions must be between 1 and 16, not " + shares);
        }
        Instant asOf = RunParameters.asOf(job);
        Properties[] plan = new Properties[shares];
        for (int i = 0; i < shares; i++) {
            plan[i] = new Properties();
            plan[i].setProperty(AS_OF, asOf.toString());
            plan[i].setProperty(SHARE, Integer.toString(i));
            plan[i].setProperty(SHARES, Integer.toString(shares));
        }
        PartitionPlanImpl partitions = new PartitionPlanImpl();
        partitions.setPartitions(shares);
        partitions.setThreads(shares);
        partitions.setPartitionProperties(plan);
        return partitions;
    }
}
