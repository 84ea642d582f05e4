package org.veracity.interfaces.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the nightly jobs. Timers are not persistent: a missed night is not replayed, the next
 * run catches up because every job works from the current state, not from a backlog of nights.
 */
@Singleton
public class NightlyJobs {

    public static final String VERIFY_AUDIT_CHAIN = "verify-audit-chain";

    private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

    @Schedule(hour = "3", minute = "30", persistent = false, info = VERIFY_AUDIT_CHAIN)
    void verifyAuditChainNightly() {
        long id = start(VERIFY_AUDIT_CHAIN);
        LOG.info(() -> "started " + VERIFY_AUDIT_CHAIN + " as execution " + id);
    }

    public long start(String jobName) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.start(jobName, new Properties());
    }
}
