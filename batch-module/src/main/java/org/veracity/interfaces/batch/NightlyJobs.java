package org.veracity.interfaces.batch;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.application.JobService;
import org.veracity.application.RefusedException;
import org.veracity.application.JobTimetable;
import org.veracity.application.ScheduledRunService;
import org.veracity.domain.schedule.SlotClaim;
import org.veracity.domain.access.Actor;

/**
 * Starts the nightly jobs as Veracity itself. Timers are not persistent: a missed night is not
 * replayed, the next run catches up because every job works from the current state, not from a
 * backlog of nights. Every instance of a cluster has these timers; each firing claims the night's
 * slot first ({@link ScheduledRunService}), so only one instance starts the job.
 */
@Singleton
@Local(JobTimetable.class)
@LocalBean
public class NightlyJobs implements JobTimetable {


    private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());
    private static final String INSTANCE = instanceName();

    @Inject
    JobService jobs;

    @Inject
    ScheduledRunService schedule;


    @Inject
    @ConfigProperty(name = "veracity.exemption.ranking-file")
    Optional<String> rankingFile;

    @Resource
    TimerService timers;

    @Schedule(hour = "2", minute = "0", persistent = false, info = EXPIRE_DEMOTIONS)
    void expireDemotionsNightly() {
        startScheduled(EXPIRE_DEMOTIONS, Map.of());
    }

    @Schedule(dayOfWeek = "Sun", hour = "3", minute = "0", persistent = false, info = REBUILD_EXEMPTION_LIST)
    void rebuildExemptionListWeekly() {
        if (rankingFile.isEmpty()) {
            LOG.info("weekly " + REBUILD_EXEMPTION_LIST + " skipped: veracity.exemption.ranking-file is not set");
            return;
        }
        try {
            startScheduled(REBUILD_EXEMPTION_LIST, Map.of(JobService.FILE, rankingFile.get()));
        } catch (RefusedException e) {
            LOG.warning("weekly " + REBUILD_EXEMPTION_LIST + " not started: " + e.getMessage());
        }
    }

    @Schedule(hour = "3", minute = "30", persistent = false, info = VERIFY_AUDIT_CHAIN)
    void verifyAuditChainNightly() {
        startScheduled(VERIFY_AUDIT_CHAIN, Map.of());
    }

    @Schedule(hour = "4", minute = "0", persistent = false, info = RECONCILE_DISTRIBUTION_PROJECTION)
    void reconcileDistributionProjectionNightly() {
        startScheduled(RECONCILE_DISTRIBUTION_PROJECTION, Map.of());
    }

    @Schedule(hour = "2", minute = "30", persistent = false, info = ENFORCE_DISCLOSURE_DEADLINES)
    void enforceDisclosureDeadlinesNightly() {
        startScheduled(ENFORCE_DISCLOSURE_DEADLINES, Map.of());
    }

    @Schedule(hour = "1", minute = "15", persistent = false, info = RECOMPUTE_TRANSPARENCY)
    void recomputeTransparencyNightly() {
        startScheduled(RECOMPUTE_TRANSPARENCY, Map.of());
    }

    @Inject
    @ConfigProperty(name = "veracity.transparency.dump-directory")
    Optional<String> dumpDirectory;

    @Schedule(hour = "1", minute = "45", persistent = false, info = PUBLISH_OPEN_DATA)
    void publishOpenDataNightly() {
        if (dumpDirectory.isEmpty()) {
            LOG.info("nightly " + PUBLISH_OPEN_DATA + " skipped: veracity.transparency.dump-directory is not set");
            return;
        }
        startScheduled(PUBLISH_OPEN_DATA, Map.of());
    }

    private void startScheduled(String jobName, Map<String, String> parameters) {
        if (!schedule.claim(jobName, INSTANCE)) {
            LOG.info(() -> jobName + " not started here: another instance claimed this run");
            return;
        }
        long id = jobs.start(jobName, parameters, Actor.SYSTEM);
        LOG.info(() -> "started " + jobName + " as execution " + id + " (" + INSTANCE + ")");
    }

    /** Host and server instance, for the claim's record and the log. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + System.getProperty("com.sun.aas.instanceName", "server");
    }

    /** When each job runs next, read from the timers themselves so the desk shows what will happen. */
    @Override
    @Lock(LockType.READ)
    public List<ScheduledJob> timetable() {
        Map<String, SlotClaim> last = schedule.lastClaims();
        return timers.getTimers().stream().filter(t -> t.getInfo() instanceof String)
                .map(t -> new ScheduledJob((String) t.getInfo(), describe(t.getSchedule()), nextRun(t),
                        last.get((String) t.getInfo())))
                .sorted(Comparator.comparing(ScheduledJob::nextRun, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static Instant nextRun(Timer timer) {
        return timer.getNextTimeout() == null ? null : timer.getNextTimeout().toInstant();
    }

    static String describe(ScheduleExpression s) {
        String days = "*".equals(s.getDayOfWeek()) ? "daily" : "every " + s.getDayOfWeek();
        return days + " at " + pad(s.getHour()) + ":" + pad(s.getMinute()) + " server time";
    }

    private static String pad(String field) {
        return field.matches("\\d") ? "0" + field : field;
    }
}
