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
import java.util.List;
import java.util.Properties;
import org.veracity.application.ExpiryShare;
import org.veracity.application.JobService;
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

    /** The run's {@code partitions} parameter: {@link JobService} sets it on every start, from configuration. */
    @Inject
    @BatchProperty(name = SHARES)
    String sharesProperty;

    @Override
    public PartitionPlan mapPartitions() {
        if (sharesProperty == null || sharesProperty.isBlank()) {
            throw new IllegalStateException("no partitions parameter: start expire-demotions through JobService");
        }
        List<ExpiryShare> shares = ExpiryShare.split(Integer.parseInt(sharesProperty.trim()));
        Instant asOf = RunParameters.asOf(job);
        Properties[] plan = new Properties[shares.size()];
        for (ExpiryShare share : shares) {
            Properties p = new Properties();
            p.setProperty(AS_OF, asOf.toString());
            p.setProperty(SHARE, Integer.toString(share.index()));
            p.setProperty(SHARES, Integer.toString(share.of()));
            plan[share.index()] = p;
        }
        PartitionPlanImpl partitions = new PartitionPlanImpl();
        partitions.setPartitions(plan.length);
        partitions.setThreads(plan.length);
        partitions.setPartitionProperties(plan);
        return partitions;
    }
}
