package org.veracity.application;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.veracity.domain.access.Actor;

/**
 * Operating the batch jobs (DESIGN §1: jobs are the administrators'): start, stop, restart, and
 * what their runs did. Every run works as of the moment it was started: that moment is kept as its
 * {@value #AS_OF} parameter, so a restart resumes with the same cut-off.
 */
public interface JobService {

    String AS_OF = "asOf";
    /**
     * How many partitions a partitioned step splits into (expire-demotions), from
     * {@code veracity.expiry.partitions} unless given. Kept as a parameter, like {@value #AS_OF}, so a
     * restart splits the same way even if the setting changed since.
     */
    String PARTITIONS = "partitions";
    /** A parameter naming a file on the server; checked before the job starts. */
    String FILE = "file";

    /** Starts a job; answers the execution id. Refused unless the actor is an administrator (or Veracity itself). */
    long start(@NotBlank String jobName, @NotNull Map<String, String> parameters, @NotNull Actor actor);

    /** Restarts a stopped or failed execution with the parameters it had; answers the new execution id. */
    long restart(@Min(1) long executionId, @NotNull Actor actor);

    /** Asks a running execution to stop at its next checkpoint. */
    void stop(@Min(1) long executionId, @NotNull Actor actor);

    /** The latest executions of a job, newest first. */
    List<JobRun> runs(@NotBlank String jobName, @Min(1) int limit, @NotNull Actor actor);

    JobRun run(@Min(1) long executionId, @NotNull Actor actor);

    record JobRun(long instanceId, long executionId, String jobName, String status, String exitStatus,
                  Instant startedAt, Instant endedAt, Map<String, String> parameters, List<StepRun> steps) {

        public boolean running() {
            return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
        }

        public boolean restartable() {
            return "STOPPED".equals(status) || "FAILED".equals(status);
        }
    }

    record StepRun(String name, String status, String exitStatus, long read, long written, long skipped,
                   long commits, Instant startedAt, Instant endedAt) {
    }
}
