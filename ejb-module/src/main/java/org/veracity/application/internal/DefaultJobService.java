package org.veracity.application.internal;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.application.ConflictException;
import org.veracity.application.FieldProblem;
import org.veracity.application.JobService;
import org.veracity.application.RefusedException;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;

/**
 * The Jakarta Batch job operator behind the administrators' permission. No transaction: the batch
 * runtime keeps its own records, and a job must not wait for (or roll back with) its starter's work.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(UseCaseValidation.class)
public class DefaultJobService implements JobService {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "veracity.expiry.partitions", defaultValue = "2")
    int partitions;

    @Override
    public long start(String jobName, Map<String, String> parameters, Actor actor) {
        Permissions.require(actor, "starting a job", Permission.RUN_JOBS);
        Properties given = new Properties();
        parameters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                given.setProperty(k, v.trim());
            }
        });
        given.putIfAbsent(AS_OF, clock.instant().toString());
        given.putIfAbsent(PARTITIONS, Integer.toString(partitions));
        requireReadableFile(given.getProperty(FILE));
        try {
            return operator().start(jobName, given);
        } catch (JobStartException e) {
            throw new UnknownSubjectException("no job " + jobName + ": " + e.getMessage());
        }
    }

    private static void requireReadableFile(String file) {
        if (file == null) {
            return;
        }
        boolean readable;
        try {
            Path path = Path.of(file);
            readable = Files.isRegularFile(path) && Files.isReadable(path);
        } catch (InvalidPathException e) {
            readable = false;
        }
        if (!readable) {
            throw new RefusedException("no readable file " + file,
                    List.of(new FieldProblem(FILE, "There is no readable file " + file + " on the server")));
        }
    }

    @Override
    public long restart(long executionId, Actor actor) {
        Permissions.require(actor, "restarting a job", Permission.RUN_JOBS);
        JobOperator operator = operator();
        try {
            Properties original = operator.getParameters(executionId);
            return operator.restart(executionId, original == null ? new Properties() : original);
        } catch (NoSuchJobExecutionException e) {
            throw new UnknownSubjectException("no job execution " + executionId);
        } catch (JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException | JobRestartException e) {
            throw new ConflictException("execution " + executionId + " cannot be restarted: " + e.getMessage());
        }
    }

    @Override
    public void stop(long executionId, Actor actor) {
        Permissions.require(actor, "stopping a job", Permission.RUN_JOBS);
        try {
            operator().stop(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new UnknownSubjectException("no job execution " + executionId);
        } catch (JobExecutionNotRunningException e) {
            throw new ConflictException("execution " + executionId + " is not running");
        }
    }

    @Override
    public List<JobRun> runs(String jobName, int limit, Actor actor) {
        Permissions.require(actor, "viewing jobs", Permission.RUN_JOBS);
        JobOperator operator = operator();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(jobName, 0, limit);
        } catch (NoSuchJobException e) {
            return List.of();
        }
        List<JobRun> runs = new ArrayList<>();
        for (JobInstance instance : instances) {
            for (JobExecution execution : operator.getJobExecutions(instance)) {
                runs.add(toRun(operator, instance, execution));
            }
        }
        runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
        return runs.size() > limit ? runs.subList(0, limit) : runs;
    }

    @Override
    public JobRun run(long executionId, Actor actor) {
        Permissions.require(actor, "viewing jobs", Permission.RUN_JOBS);
        JobOperator operator = operator();
        try {
            return toRun(operator, operator.getJobInstance(executionId), operator.getJobExecution(executionId));
        } catch (NoSuchJobExecutionException e) {
            throw new UnknownSubjectException("no job execution " + executionId);
        }
    }

    private static JobRun toRun(JobOperator operator, JobInstance instance, JobExecution e) {
        List<StepRun> steps = operator.getStepExecutions(e.getExecutionId()).stream()
                .sorted(Comparator.comparingLong(StepExecution::getStepExecutionId))
                .map(DefaultJobService::toStep).toList();
        Map<String, String> parameters = new TreeMap<>();
        if (e.getJobParameters() != null) {
            e.getJobParameters().stringPropertyNames().forEach(k -> parameters.put(k, e.getJobParameters().getProperty(k)));
        }
        return new JobRun(instance.getInstanceId(), e.getExecutionId(), e.getJobName(), e.getBatchStatus().name(),
                e.getExitStatus(), instant(e.getStartTime()), instant(e.getEndTime()), parameters, steps);
    }

    private static StepRun toStep(StepExecution s) {
        Metric[] metrics = s.getMetrics() == null ? new Metric[0] : s.getMetrics();
        return new StepRun(s.getStepName(), s.getBatchStatus() == null ? null : s.getBatchStatus().name(),
                s.getExitStatus(), metric(metrics, Metric.MetricType.READ_COUNT),
                metric(metrics, Metric.MetricType.WRITE_COUNT),
                metric(metrics, Metric.MetricType.READ_SKIP_COUNT) + metric(metrics, Metric.MetricType.PROCESS_SKIP_COUNT)
                        + metric(metrics, Metric.MetricType.WRITE_SKIP_COUNT),
                metric(metrics, Metric.MetricType.COMMIT_COUNT), instant(s.getStartTime()), instant(s.getEndTime()));
    }

    private static long metric(Metric[] metrics, Metric.MetricType type) {
        return Arrays.stream(metrics).filter(m -> m.getType() == type).mapToLong(Metric::getValue).sum();
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
