package org.veracity.interfaces.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.context.JobContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import org.veracity.application.JobService;

/** Reads a run's parameters, which each job XML declares as job-level properties. */
public final class RunParameters {

    private RunParameters() {
    }

    public static Optional<String> get(JobContext job, String name) {
        String value = job.getProperties().getProperty(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * The moment the run works as of: its {@code asOf} parameter ({@link JobService} always sets one),
     * else the moment its job instance was first started, so that a restart keeps the same cut-off.
     */
    public static Instant asOf(JobContext job) {
        Optional<String> given = get(job, JobService.AS_OF);
        if (given.isPresent()) {
            try {
                return Instant.parse(given.get());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("asOf must be an instant such as 2026-11-21T02:00:00Z, not "
                        + given.get(), e);
            }
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).stream()
                .map(JobExecution::getCreateTime).min(Comparator.naturalOrder()).orElseThrow().toInstant();
    }
}
