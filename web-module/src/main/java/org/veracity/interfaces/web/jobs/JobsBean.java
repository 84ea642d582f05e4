package org.veracity.interfaces.web.jobs;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.veracity.application.ConflictException;
import org.veracity.application.DemotionExpiryService;
import org.veracity.application.DisclosureService;
import org.veracity.application.FieldProblem;
import org.veracity.application.DistributionProjectionService;
import org.veracity.application.JobService;
import org.veracity.application.JobService.JobRun;
import org.veracity.application.JobService.StepRun;
import org.veracity.application.JobTimetable;
import org.veracity.application.JobTimetable.ScheduledJob;
import org.veracity.application.RefusedException;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.NotPermittedException;
import org.veracity.interfaces.web.Charts;
import org.veracity.interfaces.web.access.DeskUser;

/**
 * The administrators' jobs page: the timetable, the executions, live progress, and buttons to
 * start, stop and restart. Who may do so is decided by {@link JobService}.
 */
@Named
@ViewScoped
public class JobsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY = 15;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Inject
    JobService jobs;

    @Inject
    DemotionExpiryService expiry;

    @Inject
    DisclosureService disclosures;

    @Inject
    JobTimetable nightly;

    @Inject
    DistributionProjectionService projection;

    @Inject
    DeskUser user;

    private String rankingFile;
    private Integer topN;
    private transient List<JobRun> runs;
    private transient List<ScheduledJob> timetable;
    /** Read once per render or poll: it counts every item, and the page refers to it several times. */
    private transient DistributionProjectionService.Status projectionStatus;

    /** The timetable, read once per request: the history is listed from its jobs. */
    public List<ScheduledJob> getTimetable() {
        if (timetable == null) {
            timetable = nightly.timetable();
        }
        return timetable;
    }

    /**
     * Forgets the timetable and executions read so far; the page's poll calls it, since this view-scoped
     * bean outlives the request that read them and the poll would otherwise show the same runs forever.
     */
    public void refresh() {
        runs = null;
        timetable = null;
        projectionStatus = null;
    }

    /** Executions of every job on the timetable, newest first; read once per request. */
    public List<JobRun> getRuns() {
        if (runs == null) {
            List<JobRun> all = new ArrayList<>();
            for (ScheduledJob job : getTimetable()) {
                all.addAll(jobs.runs(job.jobName(), HISTORY, user.actor()));
            }
            all.sort(Comparator.comparingLong(JobRun::executionId).reversed());
            runs = all.size() > HISTORY ? all.subList(0, HISTORY) : all;
        }
        return runs;
    }

    /** How long each recent execution ran, oldest first: the figure admins compare from night to night. */
    public String getDurationChart() {
        List<JobRun> ended = new ArrayList<>(getRuns().stream()
                .filter(r -> r.startedAt() != null && r.endedAt() != null).toList());
        Collections.reverse(ended);
        return Charts.bar(ended.stream().map(r -> r.jobName() + " #" + r.executionId()).toList(),
                Map.of("run time (s)", ended.stream()
                        .map(r -> (Number) (Duration.between(r.startedAt(), r.endedAt()).toMillis() / 1000.0)).toList()),
                "Run time of the recent executions");
    }

    public boolean isAnyEnded() {
        return getRuns().stream().anyMatch(r -> r.endedAt() != null);
    }

    public List<JobRun> getRunning() {
        return getRuns().stream().filter(JobRun::running).toList();
    }

    /**
     * How far a running execution got. The batch runtime stores step metrics only when a step ends,
     * so progress is read from the data: demotions closed with the run's cut-off against those still
     * open. Other jobs show the step they are in, without a measure.
     */
    public JobProgress progress(JobRun run) {
        String step = run.steps().stream().filter(s -> "STARTED".equals(s.status())).map(StepRun::name)
                .findFirst().orElse("starting");
        if (JobTimetable.EXPIRE_DEMOTIONS.equals(run.jobName()) && run.parameters().containsKey(JobService.AS_OF)) {
            Instant asOf = Instant.parse(run.parameters().get(JobService.AS_OF));
            long closed = expiry.countClosedAsOf(asOf);
            return new JobProgress(closed, closed + expiry.countLapsedUnclosed(asOf), "lapsed demotions closed");
        }
        if (JobTimetable.ENFORCE_DISCLOSURE_DEADLINES.equals(run.jobName()) && run.parameters().containsKey(JobService.AS_OF)) {
            Instant asOf = Instant.parse(run.parameters().get(JobService.AS_OF));
            long removed = disclosures.countRemovedDueBy(asOf);
            return new JobProgress(removed, removed + disclosures.countOverdue(asOf), "overdue undisclosed posts removed");
        }
        if (JobTimetable.RECONCILE_DISTRIBUTION_PROJECTION.equals(run.jobName()) && "items".equals(step)) {
            long pages = run.steps().stream().filter(s -> "items".equals(s.name())).mapToLong(StepRun::read).sum();
            long total = projectionStatus().items();
            long pageSize = Long.parseLong(run.parameters().getOrDefault("pageSize", "1000"));
            return new JobProgress(Math.min(total, pages * pageSize), total, "items compared with the database");
        }
        return new JobProgress(0, 0, "(step " + step + ")");
    }

    public String steps(JobRun run) {
        return String.join("; ", run.steps().stream().map(s -> s.name() + " " + s.status()
                + (s.read() + s.written() > 0 ? " (read " + s.read() + ", written " + s.written()
                + (s.skipped() > 0 ? ", skipped " + s.skipped() : "") + ")" : "")).toList());
    }

    public String at(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public void startExpiry() {
        start(JobTimetable.EXPIRE_DEMOTIONS, Map.of());
    }

    public void startAuditCheck() {
        start(JobTimetable.VERIFY_AUDIT_CHAIN, Map.of());
    }

    public void startReconciliation() {
        start(JobTimetable.RECONCILE_DISTRIBUTION_PROJECTION, Map.of());
    }

    /** How the distribution projection stands on this instance (issue 15). */
    public DistributionProjectionService.Status projectionStatus() {
        if (projectionStatus == null) {
            projectionStatus = projection.status();
        }
        return projectionStatus;
    }

    public void startTransparency() {
        start(JobTimetable.RECOMPUTE_TRANSPARENCY, Map.of());
    }

    public void startOpenData() {
        start(JobTimetable.PUBLISH_OPEN_DATA, Map.of());
    }

    public void startRebuild() {
        start(JobTimetable.REBUILD_EXEMPTION_LIST, topN == null ? Map.of(JobService.FILE, rankingFile)
                : Map.of(JobService.FILE, rankingFile, "topN", topN.toString()));
    }

    public void stop(long executionId) {
        act(() -> {
            jobs.stop(executionId, user.actor());
            return "Asked execution " + executionId + " to stop at its next checkpoint";
        });
    }

    public void restart(long executionId) {
        act(() -> "Restarted execution " + executionId + " as execution " + jobs.restart(executionId, user.actor()));
    }

    private void start(String jobName, Map<String, String> parameters) {
        act(() -> "Started " + jobName + " as execution " + jobs.start(jobName, parameters, user.actor()));
    }

    private void act(Supplier<String> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            String done = action.get();
            refresh();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        } catch (RefusedException e) {
            for (FieldProblem p : e.problems()) {
                faces.addMessage("jobs:" + p.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null));
            }
            if (e.problems().isEmpty()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            }
            faces.validationFailed();
        } catch (NotPermittedException | ConflictException | UnknownSubjectException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    public String getRankingFile() {
        // Read when shown, not injected: a view-scoped bean may only hold serializable dependencies.
        return rankingFile != null ? rankingFile
                : ConfigProvider.getConfig().getOptionalValue("veracity.exemption.ranking-file", String.class).orElse(null);
    }

    public void setRankingFile(String rankingFile) { this.rankingFile = rankingFile; }
    public Integer getTopN() { return topN; }
    public void setTopN(Integer topN) { this.topN = topN; }
}
