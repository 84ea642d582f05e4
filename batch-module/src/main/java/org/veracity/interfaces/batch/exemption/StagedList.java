package org.veracity.interfaces.batch.exemption;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import java.util.Optional;

/**
 * Where a rebuild keeps the id of its staged list: in the job context for the steps of the same
 * execution, and as the staging step's persistent data for an execution restarted after it.
 */
final class StagedList {

    static final String STAGING_STEP = "stage";

    private StagedList() {
    }

    static void remember(JobContext job, StepContext step, long listId) {
        job.setTransientUserData(listId);
        step.setPersistentUserData(listId);
    }

    static Optional<Long> of(JobContext job) {
        if (job.getTransientUserData() instanceof Long id) {
            return Optional.of(id);
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        for (JobExecution execution : operator.getJobExecutions(operator.getJobInstance(job.getExecutionId()))) {
            for (StepExecution s : operator.getStepExecutions(execution.getExecutionId())) {
                if (STAGING_STEP.equals(s.getStepName()) && s.getPersistentUserData() instanceof Long id) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }
}
